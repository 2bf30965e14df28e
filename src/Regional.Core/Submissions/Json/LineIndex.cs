namespace Regional.Submissions.Json;

/// <summary>Maps byte offsets of a UTF-8 payload to 1-based line numbers, so JSON problems can name their line.</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public int LineOf(long offset)
    {
        var found = Array.BinarySearch(_lineStarts, (int)Math.Min(offset, int.MaxValue));
        return found >= 0 ? found + 1 : ~found;
    }
}
