using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Regional.Submissions.Envelope;

namespace Regional.Testing.Fuzz;

/// <summary>One mutated submission: its bytes, content type, what was done to it, and the edge literal it carries.</summary>
public sealed record Mutant(int Number, byte[] Payload, string ContentType, string Description, string? EdgeLiteral);

/// <summary>
/// Mutates the sample files reproducibly: each mutant comes from <c>seed</c> and its number alone, so any one can be
/// rebuilt. Half are SDMX-CSV renderings of the envelopes. A third of the mutants carry an edge-case number in place
/// of one to three figures (extremes, subnormals, underflows, overflows, <c>-0</c>, integers past 2^53, malformed
/// literals), a third an ordinary number of random sign and magnitude, and a third have their bytes flipped,
/// replaced, inserted, deleted, duplicated or truncated. Every mutant gets a
/// submission id of its own, so no two are mistaken for the same submission.
/// </summary>
public sealed partial class SubmissionMutator(IReadOnlyList<SubmissionEnvelope> samples, int seed)
{
    public static readonly string[] EdgeLiterals =
    [
        "1e308", "-1.7976931348623157e308", "1.7976931348623157e308", "1e300", "-1e300", "5e-324", "-5e-324",
        "2.2250738585072014e-308", "1e-310", "1e-400", "-1e-400", "1e400", "-1e400", "-0", "-0.0", "0", "0e-999",
        "9007199254740992", "9007199254740993", "-2147483649", "2147483648", "1e23", "1e12", "1000000000001",
        "1000.0001", "-100.0001", "1000", "-100", "1e100", "1e-100", "NaN", "Infinity", "-Infinity", "0x10",
        "1_000", "١٢٣", "1e", "--1", "+5", "1.5e+307", "00012", ".5", "5.", "1,5", "\"12\"", "null", "true", "[]",
        "123456789012345678901234567890", "0.000000000000000000000000000001",
    ];

    public Mutant Create(int number)
    {
        // Not HashCode.Combine: it is seeded anew in every process, and a mutant must be rebuilt in another one.
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var envelope = samples[random.Next(samples.Count)];
        var asCsv = random.Next(2) == 0;
        var id = string.Create(CultureInfo.InvariantCulture, $"fuzz-{seed}-{number}");
        var text = asCsv ? Csv(envelope) : Encoding.UTF8.GetString(EnvelopeJson.Serialize(envelope with { SubmissionId = id }));
        var contentType = asCsv ? "text/csv" : "application/json";
        var kind = random.Next(3);
        if (kind == 2)
        {
            // An ordinary number of any sign and magnitude up to 10^13: the mutant is often accepted and evaluated.
            var value = (random.Next(2) == 0 ? -1 : 1) * random.NextDouble() * Math.Pow(10, random.Next(-3, 14));
            var (edited, literal, replaced) = WithNumbers(text, asCsv, random, value.ToString("R", CultureInfo.InvariantCulture));
            return new Mutant(number, Encoding.UTF8.GetBytes(edited), contentType, $"{(asCsv ? "csv" : "json")} {envelope.SubmissionId}: {replaced}", literal);
        }

        if (kind == 0)
        {
            var (edited, literal, replaced) = WithNumbers(text, asCsv, random, EdgeLiterals[random.Next(EdgeLiterals.Length)]);
            return new Mutant(number, Encoding.UTF8.GetBytes(edited), contentType, $"{(asCsv ? "csv" : "json")} {envelope.SubmissionId}: {replaced}", literal);
        }

        var (bytes, what) = ByteLevel(Encoding.UTF8.GetBytes(text), random);
        return new Mutant(number, bytes, contentType, $"{(asCsv ? "csv" : "json")} {envelope.SubmissionId}: {what}", null);
    }

    /// <summary>SDMX-CSV 1.0 of an envelope's figures, as a bureau's batch file would carry them.</summary>
    private static string Csv(SubmissionEnvelope envelope)
    {
        var text = new StringBuilder("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n");
        foreach (var o in envelope.Observations)
        {
            text.Append(CultureInfo.InvariantCulture, $"CN_SC:REGIONAL(1.0),{o.Region},{o.Indicator},{o.Period},{o.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "NaN"}\n");
        }

        return text.ToString();
    }

    private static (string Text, string Literal, string What) WithNumbers(string text, bool csv, Random random, string literal)
    {
        var matches = (csv ? CsvValue() : JsonValue()).Matches(text);
        if (matches.Count == 0)
        {
            return (text, string.Empty, "no figure to replace");
        }

        var count = Math.Min(matches.Count, 1 + random.Next(3));
        var chosen = Enumerable.Range(0, count).Select(_ => matches[random.Next(matches.Count)]).DistinctBy(m => m.Index).OrderByDescending(m => m.Index);
        var edited = new StringBuilder(text);
        foreach (var match in chosen)
        {
            var group = match.Groups["v"];
            edited.Remove(group.Index, group.Length).Insert(group.Index, literal);
        }

        return (edited.ToString(), literal, string.Create(CultureInfo.InvariantCulture, $"{count} figure(s) set to {literal}"));
    }

    private static (byte[] Bytes, string What) ByteLevel(byte[] bytes, Random random)
    {
        var data = new List<byte>(bytes);
        var steps = new List<string>();
        for (var i = 1 + random.Next(4); i > 0 && data.Count > 0; i--)
        {
            var at = random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    steps.Add($"flip bit at {at}");
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    steps.Add($"set byte {at}");
                    break;
                case 2:
                    var inserted = new byte[1 + random.Next(8)];
                    random.NextBytes(inserted);
                    data.InsertRange(at, inserted);
                    steps.Add($"insert {inserted.Length} at {at}");
                    break;
                case 3:
                    var removed = Math.Min(1 + random.Next(16), data.Count - at);
                    data.RemoveRange(at, removed);
                    steps.Add($"delete {removed} at {at}");
                    break;
                case 4:
                    var length = Math.Min(1 + random.Next(64), data.Count - at);
                    data.InsertRange(at, data.GetRange(at, length));
                    steps.Add($"duplicate {length} at {at}");
                    break;
                default:
                    data.RemoveRange(at, data.Count - at);
                    steps.Add($"truncate at {at}");
                    break;
            }
        }

        return ([.. data], string.Join(", ", steps));
    }

    [GeneratedRegex("\"value\":\\s*(?<v>[^,}\\s]+)")]
    private static partial Regex JsonValue();

    [GeneratedRegex(",(?<v>[^,\\n]*)\\n")]
    private static partial Regex CsvValue();
}
