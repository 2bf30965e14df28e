namespace Regional.Api.Authorization;

public enum AuthMode
{
    /// <summary>Not set, or set to a value the app does not know: protected endpoints refuse every request.</summary>
    Unset,

    /// <summary>App Service Authentication signs callers in and forwards the principal; the platform must say it is on.</summary>
    EasyAuth,

    /// <summary>Local work: the principal header is trusted as sent. Refused whenever the app runs in Azure.</summary>
    Development,
}
