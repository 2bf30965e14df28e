namespace Regional.Benchmarks.Storage;

/// <summary>The steps of one ingestion that wait on storage; whatever else the pipeline spends is client work.</summary>
public enum PipelineStage
{
    /// <summary>The raw payload to the blob archive.</summary>
    Archive,

    /// <summary>Looking up the submission id.</summary>
    SubmissionLookup,

    /// <summary>The stored vintages read and both observation tables written.</summary>
    ObservationWrite,

    /// <summary>The submission record and its day index.</summary>
    SubmissionRecord,

    /// <summary>One evaluate-queue message per period.</summary>
    EvaluationRequests,
}
