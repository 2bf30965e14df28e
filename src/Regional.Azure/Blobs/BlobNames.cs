namespace Regional.Azure.Blobs;

internal static class BlobNames
{
    /// <summary>Blob names are 1–1,024 characters and may not end with a dot or a slash.</summary>
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 1024 || name.EndsWith('.') || name.EndsWith('/') || name.Any(char.IsControl))
        {
            throw new ArgumentException($"'{name}' is not a valid blob name.", nameof(name));
        }
    }
}
