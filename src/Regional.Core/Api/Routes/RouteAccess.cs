namespace Regional.Api.Routes;

/// <summary>Who may call a route (the rules themselves are in <see cref="Authorization.Caller"/>).</summary>
public enum RouteAccess
{
    /// <summary>No key, no principal (health probe, the OpenAPI document).</summary>
    Anonymous,

    /// <summary>The published provincial comparison: any role the API knows, a function-key client included.</summary>
    Comparison,

    /// <summary>A region's private data: the region's roles, or province-viewer and administrator for every region.</summary>
    RegionPrivate,

    /// <summary>Submitting figures: region-submitter of every region the figures are for.</summary>
    Submitter,

    /// <summary>Acknowledging an alert: alert-responder of the alert's region.</summary>
    Responder,

    /// <summary>Every region's data at once: province-viewer and administrator.</summary>
    ProvinceWide,

    /// <summary>Changing what applies to every region (silences): administrator.</summary>
    Administrator,
}
