using Regional.Azure.Tests.Messaging;
using Regional.Periods;
using Regional.Submissions.Envelope;

namespace Regional.Azure.Tests;

/// <summary>Submissions of the bundled Sichuan catalog's regions, built for tests that ingest and evaluate.</summary>
internal static class SichuanReports
{
    /// <summary>
    /// One envelope with every indicator the catalog's completeness check requires for each region, plausible values,
    /// and the GDP growth given, so a region's only finding is the growth gap it was given.
    /// </summary>
    public static byte[] Complete(string submissionId, Period period, params (string Region, double GdpGrowth)[] regions)
    {
        var required = SichuanNotifications.Catalog.Rules.Quality.Completeness.RequiredIndicatorIds;
        return EnvelopeJson.Serialize(new SubmissionEnvelope(
            SubmissionEnvelope.SchemaV1,
            submissionId,
            "Sichuan Provincial Bureau of Statistics",
            new DateTimeOffset(2025, 10, 19, 8, 0, 0, TimeSpan.FromHours(8)),
            [.. regions.SelectMany((r, n) => required.Select((indicator, i) => new EnvelopeObservation(
                r.Region,
                indicator,
                period.ToString(),
                indicator switch { "gdp_growth" => r.GdpGrowth, "gdp" => 1000 + (n * 10), _ => 5.0 + (0.1 * ((n + i) % 10)) })))]));
    }
}
