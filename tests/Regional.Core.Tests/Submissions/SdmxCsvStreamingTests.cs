using System.Globalization;
using Regional.Submissions.Sdmx;

namespace Regional.Core.Tests.Submissions;

/// <summary>Measures the process heap, so it runs alone: other tests' allocations would blur the measure.</summary>
[CollectionDefinition(nameof(SdmxCsvStreamingTests), DisableParallelization = true)]
public class SdmxCsvStreamingCollection;

[Collection(nameof(SdmxCsvStreamingTests))]
public class SdmxCsvStreamingTests
{
    /// <summary>Produces an SDMX-CSV file of any length on demand, one row at a time, never holding it whole.</summary>
    private sealed class GeneratedCsv(int rows) : TextReader
    {
        private string _current = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS\r\n";
        private int _offset;
        private int _row;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_offset == _current.Length)
            {
                if (_row == rows)
                {
                    return 0;
                }

                var region = "A" + ((_row % 3) + 1).ToString(CultureInfo.InvariantCulture);
                var year = 1900 + (_row / 12 % 1000);
                var month = (_row % 12) + 1;
                var value = _row % 1000 == 0 ? "NaN" : (_row * 0.25).ToString(CultureInfo.InvariantCulture);
                _current = string.Create(CultureInfo.InvariantCulture, $"dataflow,P0:REGIONAL(1.0),I,{region},gdp,M,{year}-{month:D2},{value},A\r\n");
                _offset = 0;
                _row++;
            }

            var length = Math.Min(count, _current.Length - _offset);
            _current.CopyTo(_offset, buffer, index, length);
            _offset += length;
            return length;
        }

        public override int Peek() => throw new NotSupportedException("The reader must not depend on Peek.");

        public override int Read() => throw new NotSupportedException("The reader must read in blocks.");
    }

    [Fact]
    public void MillionRowFileIsStreamedInBoundedMemory()
    {
        const int rows = 1_000_000;
        const long allowedGrowth = 16L * 1024 * 1024;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var observations = 0;
        var missing = 0;
        var problems = 0;
        var lastLine = 0;

        foreach (var entry in new SdmxCsvReader(new GeneratedCsv(rows)).ReadEntries())
        {
            if (entry.Observation is { } observation)
            {
                observations++;
                missing += observation.Value is null ? 1 : 0;
                lastLine = observation.Line ?? 0;
                if (observations % 250_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
            else
            {
                problems++;
            }
        }

        Assert.Equal(0, problems);
        Assert.Equal(rows, observations);
        Assert.Equal(rows / 1000, missing);
        Assert.Equal(rows + 1, lastLine);
        Assert.InRange(peak, long.MinValue, allowedGrowth);
    }
}
