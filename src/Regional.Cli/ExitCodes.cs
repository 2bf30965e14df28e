namespace Regional.Cli;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some submissions were rejected.</summary>
    public const int Rejected = 1;

    /// <summary>Bad input: an unreadable or invalid file, catalog or argument.</summary>
    public const int BadInput = 2;

    /// <summary>Storage could not be reached or refused the request.</summary>
    public const int StorageFailed = 3;

    /// <summary>An unexpected failure: one line on the error output, the details in a log file it names.</summary>
    public const int InternalError = 4;
}
