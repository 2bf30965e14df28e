namespace Regional.Catalogs;

/// <summary>Ordered from harmless to urgent; comparisons rely on the order.</summary>
public enum Severity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Major = 3,
    Critical = 4,
}
