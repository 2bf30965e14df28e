namespace Regional.Benchmarks.Storage;

/// <summary>What a storage request was, as far as its method and address tell.</summary>
public enum RequestKind
{
    /// <summary>An entity-group transaction (<c>POST $batch</c>).</summary>
    TableTransaction,

    /// <summary>A query or point read of a table.</summary>
    TableQuery,

    /// <summary>A single-entity write, a table creation or deletion.</summary>
    TableOther,

    Blob,

    Queue,
}
