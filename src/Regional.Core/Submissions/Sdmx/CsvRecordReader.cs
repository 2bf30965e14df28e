using System.Globalization;
using System.Text;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Reads RFC 4180 records one at a time from a <see cref="TextReader"/>, keeping only the current record in memory.
/// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end a record; blank lines are
/// skipped. A record longer than the limit is skipped with an error instead of growing memory without bound.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, int maxRecordChars)
{
    private const int BufferSize = 16 * 1024;
    private const char ByteOrderMark = '\uFEFF';
    private static readonly char[] CandidateDelimiters = [',', ';', '\t', '|'];

    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _line = 1;

    public char Delimiter { get; private set; } = ',';

    /// <summary>
    /// SDMX-CSV allows a separator other than the comma; the one that follows the first header name (<c>DATAFLOW</c>
    /// or <c>STRUCTURE</c>) is the one the file uses. A leading byte order mark is dropped here.
    /// </summary>
    public void DetectDelimiter()
    {
        Fill(minimum: 64);
        if (_length > _position && _buffer[_position] == ByteOrderMark)
        {
            _position++;
        }

        var start = _position;
        if (start < _length && _buffer[start] == '"')
        {
            start++;
        }

        foreach (var name in (ReadOnlySpan<string>)[SdmxColumns.Dataflow, SdmxColumns.StructureId, SdmxColumns.Structure])
        {
            var end = start + name.Length;
            if (end >= _length || !_buffer.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (_buffer[end] == '"' && end + 1 < _length)
            {
                end++;
            }

            if (Array.IndexOf(CandidateDelimiters, _buffer[end]) >= 0)
            {
                Delimiter = _buffer[end];
            }

            return;
        }
    }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>. Returns false at the end of input. <paramref name="line"/>
    /// is the 1-based line where the record starts; <paramref name="error"/> is set when the record is malformed.
    /// </summary>
    public bool TryRead(List<string> fields, out int line, out string? error)
    {
        fields.Clear();
        error = null;
        while (true)
        {
            var next = Peek();
            if (next < 0)
            {
                line = _line;
                return false;
            }

            if (next is '\r' or '\n')
            {
                Read();
                ConsumeLineBreak(next);
                continue;
            }

            break;
        }

        line = _line;
        var recordChars = 0;
        var tooLong = false;
        var quoted = false;
        var afterClosingQuote = false;
        var atFieldStart = true;
        _field.Clear();

        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                if (quoted)
                {
                    error ??= string.Create(CultureInfo.InvariantCulture, $"a quoted field opened on line {line} is not closed before the end of the file");
                }

                EndField();
                break;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Read();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterClosingQuote = true;
                    }

                    continue;
                }

                if (c is '\r' or '\n')
                {
                    ConsumeLineBreak(c);
                    Append('\n');
                    continue;
                }

                Append((char)c);
                continue;
            }

            if (c == Delimiter)
            {
                EndField();
                atFieldStart = true;
                afterClosingQuote = false;
                continue;
            }

            if (c is '\r' or '\n')
            {
                ConsumeLineBreak(c);
                EndField();
                break;
            }

            if (afterClosingQuote)
            {
                error ??= string.Create(CultureInfo.InvariantCulture, $"unexpected character '{(char)c}' after a closing quote");
                afterClosingQuote = false;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
                continue;
            }

            atFieldStart = false;
            Append((char)c);
        }

        if (tooLong)
        {
            fields.Clear();
            error = string.Create(CultureInfo.InvariantCulture, $"the row is longer than {maxRecordChars} characters");
        }

        return true;

        void Append(char c)
        {
            if (++recordChars > maxRecordChars)
            {
                tooLong = true;
                return;
            }

            _field.Append(c);
        }

        void EndField()
        {
            if (!tooLong && ++recordChars <= maxRecordChars)
            {
                fields.Add(_field.ToString());
            }
            else
            {
                tooLong = true;
            }

            _field.Clear();
        }
    }

    private void ConsumeLineBreak(int first)
    {
        if (first == '\r' && Peek() == '\n')
        {
            Read();
        }

        _line++;
    }

    private int Peek()
    {
        if (_position >= _length && !Fill(minimum: 1))
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Read()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }

    /// <summary>Makes at least <paramref name="minimum"/> unread characters available unless the input ends first.</summary>
    private bool Fill(int minimum)
    {
        if (_length - _position >= minimum)
        {
            return true;
        }

        if (_position > 0)
        {
            var remaining = _length - _position;
            Array.Copy(_buffer, _position, _buffer, 0, remaining);
            _length = remaining;
            _position = 0;
        }

        while (_length < minimum)
        {
            var read = reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                break;
            }

            _length += read;
        }

        return _length > _position;
    }
}
