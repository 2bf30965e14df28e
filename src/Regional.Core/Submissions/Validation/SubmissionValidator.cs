using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Submissions.Json;
using Regional.Submissions.Sdmx;

namespace Regional.Submissions.Validation;

/// <summary>
/// Checks a parsed submission against a catalog: known region and indicator, no derived indicator (the engine
/// computes those), a basis that agrees with the indicator's, no period that starts after <c>now</c>, no key given twice,
/// a figure within the indicator's hard range, and at least one figure. Plausible ranges are not checked here: an
/// implausible figure is a data-quality finding, not a reason to refuse the submission; an impossible one (outside the
/// hard range: a growth rate of −2,147,483,649 %, 10^23 deaths) is. The submission is accepted or rejected as one unit.
/// </summary>
public sealed class SubmissionValidator(Catalog catalog)
{
    public SubmissionVerdict Validate(ParsedSubmission submission, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = ImmutableArray.CreateBuilder<SubmissionProblem>();
        problems.AddRange(submission.Problems.IsDefault ? [] : submission.Problems);
        var observations = submission.Observations.IsDefault ? [] : submission.Observations;
        if (submission.TemplateCatalog is { } template
            && (template.CatalogId != catalog.Info.Id || template.CatalogVersion != catalog.Info.Version))
        {
            problems.Add(new(null, Spreadsheets.TemplateLayout.Cell(Spreadsheets.TemplateLayout.MetaSheet, "B", 2), ProblemCodes.CatalogVersionMismatch, $"the template was made for catalog {template.CatalogId} {template.CatalogVersion}, but the catalog in force is {catalog.Info.Id} {catalog.Info.Version}: its regions, indicators or units may differ; download a new template"));
        }
        if (observations.IsEmpty && problems.Count == 0)
        {
            problems.Add(new(null, null, ProblemCodes.NoObservations, "no observations: the submission is empty"));
        }

        var firstLines = new Dictionary<ObservationKey, int?>();
        foreach (var observation in observations)
        {
            Check(observation, now, problems);
            if (!firstLines.TryAdd(observation.Key, observation.Line))
            {
                var first = firstLines[observation.Key] is { } line ? string.Create(CultureInfo.InvariantCulture, $" (first on line {line})") : string.Empty;
                problems.Add(new(observation.Line, observation.Pointer, ProblemCodes.DuplicateKey, $"{observation.Key} is given more than once{first}"));
            }
        }

        if (problems.Count > 0)
        {
            return new SubmissionVerdict(submission, [], problems.ToImmutable());
        }

        var accepted = observations
            .Select(o => new ValidatedObservation(o.Key, o.Value, o.Basis ?? catalog.FindIndicator(o.Indicator)!.Basis, o.Status, o.Action, submission.Source ?? string.Empty))
            .ToImmutableArray();
        return new SubmissionVerdict(submission, accepted, []);
    }

    /// <summary>
    /// The checks that concern one figure alone, for callers that stream a large file and cannot hold every key.
    /// </summary>
    public void Check(SubmittedObservation observation, DateTimeOffset now, ICollection<SubmissionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(problems);
        if (catalog.FindRegion(observation.Region) is null)
        {
            problems.Add(new(observation.Line, FieldOf(observation, EnvelopeVocabulary.ObservationField.Region, SdmxColumns.RefArea, Spreadsheets.TemplateLayout.RegionCodeColumn), ProblemCodes.UnknownRegion, $"'{observation.Region}' is not a region of catalog {catalog.Info.Id} {catalog.Info.Version}"));
        }

        var indicator = catalog.FindIndicator(observation.Indicator);
        var indicatorField = FieldOf(observation, EnvelopeVocabulary.ObservationField.Indicator, SdmxColumns.Indicator, Spreadsheets.TemplateLayout.IndicatorColumn);
        if (indicator is null)
        {
            problems.Add(new(observation.Line, indicatorField, ProblemCodes.UnknownIndicator, $"'{observation.Indicator}' is not an indicator of catalog {catalog.Info.Id} {catalog.Info.Version}"));
        }
        else if (indicator.Derivation is { } derivation)
        {
            problems.Add(new(observation.Line, indicatorField, ProblemCodes.DerivedIndicator, $"'{indicator.Id}' is derived from {derivation.NumeratorId} and {derivation.DenominatorId}; submit those instead"));
        }
        else
        {
            if (observation.Basis is { } basis && basis != indicator.Basis)
            {
                problems.Add(new(observation.Line, FieldOf(observation, EnvelopeVocabulary.ObservationField.Basis, "BASIS", Spreadsheets.TemplateLayout.ValueColumn), ProblemCodes.BasisMismatch, $"basis {basis} contradicts indicator '{indicator.Id}', which is reported as {indicator.Basis}"));
            }

            if (observation.Value is { } value && !indicator.WithinHardRange(value))
            {
                problems.Add(new(observation.Line, FieldOf(observation, EnvelopeVocabulary.ObservationField.Value, SdmxColumns.ObsValue, Spreadsheets.TemplateLayout.ValueColumn), ProblemCodes.OutOfHardRange, HardRangeReason(indicator, value)));
            }
        }

        if (observation.Period.Start > now)
        {
            problems.Add(new(observation.Line, FieldOf(observation, EnvelopeVocabulary.ObservationField.Period, SdmxColumns.TimePeriod, Spreadsheets.TemplateLayout.PeriodColumn), ProblemCodes.FuturePeriod, $"period {observation.Period} starts after {now:yyyy-MM-dd}"));
        }
    }

    private static string HardRangeReason(Indicator indicator, double value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{value:R} {indicator.Unit} is outside the hard range {indicator.HardMin:R} to {indicator.HardMax:R} of '{indicator.Id}': no real figure can be that, so the submission is refused (the plausible range {indicator.PlausibleMin:R} to {indicator.PlausibleMax:R} only warns)");

    /// <summary>Names a field the way the submission's own format does: a JSON path for the envelope, a cell for a template, else the SDMX id.</summary>
    private static string FieldOf(SubmittedObservation observation, string envelopeName, string sdmxName, string templateColumn) => observation.Pointer switch
    {
        null => sdmxName,
        var cell when cell.StartsWith(Spreadsheets.TemplateLayout.DataSheet + "!", StringComparison.Ordinal) && observation.Line is { } row =>
            Spreadsheets.TemplateLayout.Cell(Spreadsheets.TemplateLayout.DataSheet, templateColumn, row),
        var pointer when pointer.StartsWith("$.observations[", StringComparison.Ordinal) => $"{pointer}.{envelopeName}",
        var pointer => $"{pointer}.{sdmxName}",
    };
}
