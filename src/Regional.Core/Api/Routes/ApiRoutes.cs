using System.Collections.Immutable;
using Regional.Api.Contracts;
using Regional.Api.Http;

namespace Regional.Api.Routes;

/// <summary>
/// The route table: every HTTP endpoint of the app. The templates are constants so that the function attributes use
/// the very same text; <see cref="All"/> feeds the OpenAPI document and the gate's parameter checks.
/// </summary>
public static class ApiRoutes
{
    public const string RegionsTemplate = "regions";
    public const string IndicatorsTemplate = "indicators";
    public const string TargetsTemplate = "catalog/targets/{year}";
    public const string PeriodScorecardTemplate = "periods/{period}/scorecard";
    public const string RankingTemplate = "periods/{period}/rankings/{indicator}";
    public const string RegionScorecardTemplate = "regions/{code}/scorecard/{period}";
    public const string RegionHistoryTemplate = "regions/{code}/history";
    public const string SubmissionsTemplate = "submissions";
    public const string SubmissionTemplate = "submissions/{id}";
    public const string ReportingTemplateTemplate = "templates/{period}";
    public const string AlertsTemplate = "alerts";
    public const string AlertTemplate = "alerts/{id}";
    public const string AcknowledgeTemplate = "alerts/{id}/acknowledge";
    public const string CloseTemplate = "alerts/{id}/close";
    public const string SilencesTemplate = "silences";
    public const string HealthTemplate = "health";
    public const string OpenApiTemplate = "openapi.json";
    public const string MeTemplate = "me";

    public const string Catalog = "catalog";
    public const string Comparison = "comparison";
    public const string Submissions = "submissions";
    public const string AlertsTag = "alerts";
    public const string Operations = "operations";

    private static readonly ImmutableArray<int> ReadProblems = [400, 401, 403, 406, 503];

    private static readonly ApiParameter Period = new("period", "A period: 2025 (year), 2025-S1, 2025-Q3, 2025-09 or 2025-M09.", "2025-Q3");
    private static readonly ApiParameter Code = new("code", "A region code of the catalog (GB/T 2260 for China).", "510100");
    private static readonly ApiParameter PeerGroup = new("peerGroup", "Only the regions of this peer group (as named in GET /api/regions).", "chengdu-plain");

    public static ApiRoute Regions { get; } = Read(
        "ListRegions", RegionsTemplate, Catalog, "The catalog's regions: codes, names, levels, parents and peer groups.", RouteAccess.Comparison, [], [], typeof(RegionList));

    public static ApiRoute Indicators { get; } = Read(
        "ListIndicators", IndicatorsTemplate, Catalog, "The catalog's indicators: names, unit, basis, direction and plausible range.", RouteAccess.Comparison, [], [], typeof(IndicatorList));

    public static ApiRoute Targets { get; } = Read(
        "GetTargets", TargetsTemplate, Catalog, "The annual targets in force for every region in a year.", RouteAccess.Comparison,
        [new("year", "A calendar year.", "2025")], [], typeof(TargetList));

    public static ApiRoute PeriodScorecard { get; } = Read(
        "GetPeriodScorecard", PeriodScorecardTemplate, Comparison,
        "Every region of a period side by side: values, target gaps, red-line states, quality flags, ranks and rank changes, composite score, lagging or leading. Conditional with ETag / If-None-Match.",
        RouteAccess.Comparison,
        [Period],
        [PeerGroup, new("format", "json (default) or csv (Accept: text/csv asks for CSV too); sdmx-csv: the period's stored figures as SDMX-CSV 2.0 (evaluated or not); xlsx: the league table, red lines and alerts as a workbook.", "csv", Values: ["json", "csv", "sdmx-csv", "xlsx"])],
        typeof(PeriodScorecardView),
        produces: [MediaTypes.Json, MediaTypes.Csv, "application/vnd.sdmx.data+csv", Spreadsheets.TemplateLayout.MediaType],
        notFound: true,
        conditional: true);

    public static ApiRoute Ranking { get; } = Read(
        "GetRanking", RankingTemplate, Comparison, "The regions ranked on one indicator in a period, best first. Conditional with ETag / If-None-Match.", RouteAccess.Comparison,
        [Period, new("indicator", "An indicator id of the catalog.", "gdp_growth")],
        [PeerGroup],
        typeof(RankingView),
        notFound: true,
        conditional: true);

    public static ApiRoute RegionScorecard { get; } = Read(
        "GetRegionScorecard", RegionScorecardTemplate, Comparison, "One region's scorecard of a period. Conditional with ETag / If-None-Match.", RouteAccess.Comparison,
        [Code, Period], [], typeof(RegionScorecardDocument), notFound: true, conditional: true);

    public static ApiRoute RegionHistory { get; } = Read(
        "GetRegionHistory", RegionHistoryTemplate, Comparison, "One indicator of one region over a range of periods, with every vintage.", RouteAccess.Comparison,
        [Code],
        [
            new("indicator", "An indicator id of the catalog.", "gdp_growth", Required: true),
            new("from", "The first period (inclusive).", "2024-Q1", Required: true),
            new("to", "The last period (inclusive), at most 20 years after from.", "2025-Q3", Required: true),
        ],
        typeof(HistoryView),
        notFound: true);

    public static ApiRoute PostSubmission { get; } = new(
        "PostSubmission", "POST", SubmissionsTemplate, Submissions,
        "Submits figures (the JSON envelope regional.submission/v1, SDMX-CSV, SDMX-JSON, SDMX-ML 2.1 structure-specific data or a filled Excel template). The payload is archived and queued: 202 with the status location. Every figure must be for a region the caller submits for.",
        RouteAccess.Submitter, [], [], 202, typeof(SubmissionView),
        [MediaTypes.Json],
        ["application/json", "text/csv", "application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+json", "application/vnd.sdmx.structurespecificdata+xml", Spreadsheets.TemplateLayout.MediaType],
        [400, 401, 403, 406, 409, 413, 415, 422, 503]);

    public static ApiRoute ReportingTemplate { get; } = new(
        "GetTemplate", "GET", ReportingTemplateTemplate, Submissions,
        "The Excel reporting template of a period (regional.template/v1): one row per region and required indicator, bilingual names and units, validated value cells and a status drop-down. Fill it and POST it to /api/submissions. A region-submitter gets its own regions only; province-viewer and administrator any.",
        RouteAccess.Submitter,
        [Period],
        [new("region", "Region codes, comma-separated; default: every region the caller submits for (every compared region for province-wide roles).", "510100")],
        200, null,
        [Spreadsheets.TemplateLayout.MediaType], [], ReadProblems);

    public static ApiRoute Submission { get; } = Read(
        "GetSubmission", SubmissionTemplate, Submissions, "Where a submission stands: received, accepted, rejected with every reason, or processed.", RouteAccess.RegionPrivate,
        [new("id", "The submission id as the 202 answer named it: the region scope, a colon, and the envelope's submissionId (or the id derived for SDMX).", "510100:chengdu-2025-Q3-001")], [], typeof(SubmissionView), notFound: true);

    public static ApiRoute Alerts { get; } = Read(
        "ListAlerts", AlertsTemplate, AlertsTag,
        "Alerts, newest episode first, one page at a time: only the regions the caller may read (every region for province-viewer and administrator).",
        RouteAccess.RegionPrivate,
        [],
        [
            new("status", "firing or resolved (the condition), or new, acknowledged or closed (the response).", "firing", Values: ["firing", "resolved", "new", "acknowledged", "closed"]),
            new("severity", "Only this severity.", "critical", Values: ["info", "warning", "major", "critical"]),
            new("region", "Only this region's alerts (a region the caller may read).", "510400"),
            new("period", "Only alerts whose episode spans this period.", "2025-Q3"),
            new("pageSize", "Alerts per page, 1 to 200 (50).", "50"),
            new("continuationToken", "The token of the previous page, with the same filters.", "eyJ2Ijox..."),
        ],
        typeof(AlertPage));

    public static ApiRoute Alert { get; } = Read(
        "GetAlert", AlertTemplate, AlertsTag, "One alert with its history (transitions, notifications, responses), to the roles of its region; its ETag is the version to name in If-Match.", RouteAccess.RegionPrivate,
        [new("id", "The alert id: region.rule.indicator.period the episode started.", "510400.growth-target.gdp_growth.2025-Q2")], [], typeof(AlertDocument), notFound: true);

    public static ApiRoute Acknowledge { get; } = new(
        "AcknowledgeAlert", "POST", AcknowledgeTemplate, AlertsTag,
        "Acknowledges an alert with a note, owner (who will act; default: the caller), commitment and due date; the signed-in caller is recorded as the one who acknowledged. With If-Match, only over that version of the alert (412 otherwise; the ETag comes with every read). Only alert-responder of the alert's region.",
        RouteAccess.Responder,
        [new("id", "The alert id.", "510400.growth-target.gdp_growth.2025-Q2")], [], 200, typeof(AlertDocument),
        [MediaTypes.Json], ["application/json"], [400, 401, 403, 404, 406, 409, 412, 413, 415, 422, 503]);

    public static ApiRoute Close { get; } = new(
        "CloseAlert", "POST", CloseTemplate, AlertsTag,
        "Closes an alert as far as people are concerned (its condition is left to the evaluations), with an optional note; the signed-in caller is recorded as the one who closed it. With If-Match, only over that version of the alert (412 otherwise). Only alert-responder of the alert's region.",
        RouteAccess.Responder,
        [new("id", "The alert id.", "510400.growth-target.gdp_growth.2025-Q2")], [], 200, typeof(AlertDocument),
        [MediaTypes.Json], ["application/json"], [400, 401, 403, 404, 406, 409, 412, 413, 415, 422, 503]);

    public static ApiRoute Silences { get; } = Read(
        "ListSilences", SilencesTemplate, AlertsTag, "Every silence, active or not, newest first (province-viewer, administrator).", RouteAccess.ProvinceWide, [], [], typeof(SilenceList));

    public static ApiRoute AddSilence { get; } = new(
        "AddSilence", "POST", SilencesTemplate, AlertsTag,
        "Adds a silence from now for the given hours, matching a region, rule, indicator or severity (at least one). Administrator only.",
        RouteAccess.Administrator, [], [], 201, typeof(SilenceView),
        [MediaTypes.Json], ["application/json"], [400, 401, 403, 406, 413, 415, 422, 503]);

    public static ApiRoute Health { get; } = new(
        "Health", "GET", HealthTemplate, Operations,
        "Health probe, anonymous: status and time checked to anyone; storage reachable, age of the last ingestion and evaluation, depth of the ingest, evaluation and poison queues only to a signed-in caller with a role the API knows. 503 when storage does not answer.",
        RouteAccess.Anonymous, [], [], 200, typeof(HealthView), [MediaTypes.Json], [], [503]);

    public static ApiRoute Me { get; } = Read(
        "GetCaller", MeTemplate, Operations,
        "The caller as the API sees it: kind, name, the roles it knows, and the authentication mode (Development offers local sign-in).",
        RouteAccess.Comparison, [], [], typeof(CallerView));

    public static ApiRoute OpenApi { get; } = new(
        "GetOpenApi", "GET", OpenApiTemplate, Operations, "This document (OpenAPI 3.1).", RouteAccess.Anonymous, [], [], 200, null, [MediaTypes.Json], [], [406]);

    /// <summary>Every route, in the order the document lists them.</summary>
    public static ImmutableArray<ApiRoute> All { get; } =
    [
        Regions, Indicators, Targets, PeriodScorecard, Ranking, RegionScorecard, RegionHistory,
        PostSubmission, ReportingTemplate, Submission, Alerts, Alert, Acknowledge, Close, Silences, AddSilence, Me, Health, OpenApi,
    ];

    private static ApiRoute Read(
        string function,
        string template,
        string tag,
        string summary,
        RouteAccess access,
        ImmutableArray<ApiParameter> path,
        ImmutableArray<ApiParameter> query,
        Type response,
        ImmutableArray<string> produces = default,
        bool notFound = false,
        bool conditional = false) =>
        new(function, "GET", template, tag, summary, access, path, query, 200, response,
            produces.IsDefault ? [MediaTypes.Json] : produces,
            [],
            notFound ? [.. ReadProblems, 404] : ReadProblems,
            conditional);
}
