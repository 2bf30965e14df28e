namespace Regional.Submissions;

/// <summary>What a submitted row asks for, after the SDMX action codes.</summary>
public enum SubmissionAction
{
    /// <summary>Add or update the figure (SDMX I, A and M; also the default when no action is given).</summary>
    Merge,

    /// <summary>Replace the figure (SDMX R).</summary>
    Replace,

    /// <summary>Withdraw the figure; only the key is needed (SDMX D).</summary>
    Delete,
}
