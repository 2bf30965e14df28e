using System.Globalization;

namespace Regional.Submissions;

/// <summary>
/// What a number literal of a submission becomes as a double, and why it cannot be taken: a literal beyond
/// ±1.7976931348623157e308 overflows to infinity, and one so small that it reads as zero (<c>1e-400</c>) or as a
/// subnormal (<c>5e-324</c>, which has lost its precision and overflows any quotient by it) underflows. Either is
/// refused with the literal quoted rather than stored as something the sender did not write.
/// </summary>
public static class NumberLiteral
{
    /// <summary>The smallest positive normal double (2.2250738585072014E-308); below it a value is subnormal.</summary>
    public const double SmallestNormal = 2.2250738585072014E-308;

    /// <summary>The problem of a parsed literal as (code, reason), or null when the value can be taken.</summary>
    public static (string Code, string Reason)? Problem(string literal, double parsed)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (double.IsInfinity(parsed))
        {
            return (ProblemCodes.NotFinite, $"'{literal}' is not a finite number: it overflows the largest double (±{double.MaxValue.ToString("R", CultureInfo.InvariantCulture)})");
        }

        if (double.IsNaN(parsed))
        {
            return (ProblemCodes.NotFinite, $"'{literal}' is not a finite number");
        }

        if (parsed != 0 && Math.Abs(parsed) < SmallestNormal)
        {
            return (ProblemCodes.Underflow, $"'{literal}' underflows: it is below the smallest normal double ({SmallestNormal.ToString("R", CultureInfo.InvariantCulture)}) and would be stored as {parsed.ToString("R", CultureInfo.InvariantCulture)}");
        }

        if (parsed == 0 && HasNonZeroDigit(literal))
        {
            return (ProblemCodes.Underflow, $"'{literal}' underflows: it is not zero but would be stored as 0");
        }

        return null;
    }

    /// <summary>The value to store: <c>-0</c> is stored as <c>0</c>.</summary>
    public static double Normalised(double value) => value == 0 ? 0.0 : value;

    /// <summary>True when the significand (the part before any exponent) has a digit other than zero.</summary>
    private static bool HasNonZeroDigit(string literal)
    {
        foreach (var c in literal)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
