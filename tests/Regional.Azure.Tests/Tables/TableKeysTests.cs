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
}
