namespace Regional.Storage;

/// <summary>A file waiting in the drop folder.</summary>
public sealed record DroppedFile(string Name, long Length, string? ContentType, DateTimeOffset LastModified);
