using CsCheck;
using Regional.Azure.Tables;
using Regional.Periods;

namespace Regional.Azure.Tests.Tables;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a#b?c", "a%23b%3Fc")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("x' or PartitionKey ne '", "x' or PartitionKey ne '")]
    [InlineData("100%|}", "100%25%7C%7D")]
    [InlineData("成都市", "成都市")]
    public void PartsAreEscapedWhereTableStorageForbidsTheCharacter(string part, string expected)
    {
        Assert.Equal(expected, TableKeys.Part(part));
    }

    [Fact]
    public void EscapedPartsNeverHoldAForbiddenCharacterOrTheSeparatorAndStayDistinct()
    {
        Gen.String[Gen.Char[(char)0, (char)200], 0, 12].Select(Gen.String[Gen.Char[(char)0, (char)200], 0, 12]).Sample((a, b) =>
        {
            var escapedA = TableKeys.Part(a);
            Assert.DoesNotContain(escapedA, c => c is '/' or '\\' or '#' or '?' or TableKeys.Separator or TableKeys.AfterSeparator || char.IsControl(c));
            Assert.Equal(a == b, escapedA == TableKeys.Part(b));
        });
    }

    [Fact]
    public void PeriodKeysSortAsPeriodsDo()
    {
        var period = Gen.Int[2020, 2030].Select(Gen.Int[0, 3]).SelectMany((year, f) =>
        {
            var frequency = (Frequency)f;
            return Gen.Int[1, Period.PeriodsPerYear(frequency)].Select(i => Period.Create(year, frequency, i));
        });
        period.Select(period).Sample((a, b) =>
        {
            var byKey = Math.Sign(string.CompareOrdinal(TableKeys.PeriodInTime(a), TableKeys.PeriodInTime(b)));
            Assert.Equal(Math.Sign(a.CompareTo(b)), byKey);
        });
    }

    [Fact]
    public void IndexKeysSortNewestPeriodFirstThenById()
    {
        var period = AnyPeriod;

        // Alert ids as the system makes them: region, rule, indicator and start period joined by dots.
        var id = Gen.String[Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'], Gen.Const('.'), Gen.Const('_'), Gen.Const('-')), 1, 16];
        period.Select(id).Select(period.Select(id)).Sample((a, b) =>
        {
            var listing = a.Item1.CompareTo(b.Item1) is var byPeriod and not 0 ? -byPeriod : string.CompareOrdinal(a.Item2, b.Item2);
            var byKey = string.CompareOrdinal(AlertEntities.IndexRow(a.Item1, a.Item2), AlertEntities.IndexRow(b.Item1, b.Item2));
            Assert.Equal(Math.Sign(listing), Math.Sign(byKey));
        });
        period.Select(id, id).Sample((p, a, b) =>
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(string.CompareOrdinal(AlertEntities.IndexRow(p, a), AlertEntities.IndexRow(p, b)))));
    }

    [Fact]
    public void NewestFirstPeriodKeysHaveOneWidthAndReverseThePeriodOrder()
    {
        var period = AnyPeriod;
        period.Select(period).Sample((a, b) =>
        {
            Assert.Equal(7, TableKeys.PeriodNewestFirst(a).Length);
            Assert.Equal(-Math.Sign(a.CompareTo(b)), Math.Sign(string.CompareOrdinal(TableKeys.PeriodNewestFirst(a), TableKeys.PeriodNewestFirst(b))));
        });
    }

    /// <summary>Periods of every frequency over the whole range, half of them in two years so that ends often meet.</summary>
    private static Gen<Period> AnyPeriod =>
        Gen.OneOf(Gen.Int[1900, 2999], Gen.Int[2024, 2025]).Select(Gen.Int[0, 3]).SelectMany((year, f) =>
        {
            var frequency = (Frequency)f;
            return Gen.Int[1, Period.PeriodsPerYear(frequency)].Select(i => Period.Create(year, frequency, i));
        });
}
