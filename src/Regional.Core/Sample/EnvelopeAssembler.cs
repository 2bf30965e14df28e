using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Submissions.Envelope;

namespace Regional.Sample;

/// <summary>Packs the generated figures into envelopes: one per region, quarter and department, plus the revision.</summary>
internal static class EnvelopeAssembler
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static ImmutableArray<SubmissionEnvelope> Assemble(SampleContext context)
    {
        var envelopes = new List<SubmissionEnvelope>();
        var regions = context.Cities.Insert(0, context.Province);
        var reported = context.Catalog.Indicators.Where(i => i.Derivation is null).ToList();
        foreach (var period in SampleContext.Periods)
        {
            for (var r = 0; r < regions.Length; r++)
            {
                var region = regions[r];
                if (!context.Reports(region.Code, period))
                {
                    continue;
                }

                foreach (var source in SubmissionSource.All)
                {
                    var observations = reported
                        .Where(i => SubmissionSource.For(context.Catalog, i.Id) == source)
                        .Select(i => new EnvelopeObservation(region.Code, i.Id, period.ToString(), context[region.Code, i.Id, period], ObservationStatus.Provisional))
                        .ToImmutableArray();
                    if (observations.IsEmpty)
                    {
                        continue;
                    }

                    var days = source.DaysAfterPeriod + (region == context.Province ? SubmissionSource.ProvinceExtraDays : 0);
                    envelopes.Add(new SubmissionEnvelope(
                        SubmissionEnvelope.SchemaV1,
                        $"{region.Code}-{period}-{source.Key}",
                        source.Label(region),
                        SubmittedAt(period, days, 9 + (r % 8)),
                        observations));
                }
            }
        }

        foreach (var (regionCode, indicatorId, period, value) in context.Revisions)
        {
            var region = context.Catalog.FindRegion(regionCode)!;
            var source = SubmissionSource.For(context.Catalog, indicatorId);
            envelopes.Add(new SubmissionEnvelope(
                SubmissionEnvelope.SchemaV1,
                $"{regionCode}-{period}-{source.Key}-revision",
                source.Label(region),
                SubmittedAt(period, 56, 10),
                [new EnvelopeObservation(regionCode, indicatorId, period.ToString(), value, ObservationStatus.Revised)]));
        }

        return [.. envelopes.OrderBy(e => e.SubmittedAt).ThenBy(e => e.SubmissionId, StringComparer.Ordinal)];
    }

    private static DateTimeOffset SubmittedAt(Period period, int daysAfter, int hour)
    {
        var end = period.EndExclusive;
        return new DateTimeOffset(end.Year, end.Month, end.Day, hour, 0, 0, China).AddDays(daysAfter - 1);
    }

    internal static string FileName(int sequence, SubmissionEnvelope envelope) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence:D4}-{envelope.SubmissionId}.json");
}
