using CsCheck;
using Regional.Api.Http;
using Regional.Api.Paging;

namespace Regional.Core.Tests.Api;

public class ContinuationTokenTests
{
    private const string Query = "status=firing&region=510100|scope=510100";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void TokenGivesBackThePositionForTheSameQuery()
    {
        var tokens = new ContinuationTokens(Key);

        Assert.Equal("510100.growth-target.gdp_growth", tokens.Read(tokens.Issue(Query, "510100.growth-target.gdp_growth"), Query));
        Assert.Null(tokens.Read(null, Query));
    }

    [Fact]
    public void TokenOfAnotherQueryIsRefused()
    {
        var tokens = new ContinuationTokens(Key);

        var problem = Assert.Throws<ApiProblemException>(() => tokens.Read(tokens.Issue(Query, "x"), "status=firing&region=510300|scope=*")).Problem;

        Assert.Equal((400, ApiProblemCodes.InvalidContinuationToken), (problem.Status, problem.Code));
    }

    [Fact]
    public void TokenSignedUnderAnotherKeyIsRefused()
    {
        var token = new ContinuationTokens(new byte[32]).Issue(Query, "x");

        Assert.Throws<ApiProblemException>(() => new ContinuationTokens(Key).Read(token, Query));
    }

    [Fact]
    public void WithoutAConfiguredKeyNoTokenCanBeMadeOutsideTheProcess()
    {
        // The key an empty setting once meant: a public constant anyone could sign a token with.
        var publicKey = System.Security.Cryptography.SHA256.HashData("regional.continuation/v1"u8);
        var forged = new ContinuationTokens(publicKey).Issue(Query, "510300.growth-target.gdp_growth.2025-Q1");
        var tokens = new ContinuationTokens(null);
        var elsewhere = new ContinuationTokens(null).Issue(Query, "x");

        Assert.Throws<ApiProblemException>(() => tokens.Read(forged, Query));
        Assert.Throws<ApiProblemException>(() => tokens.Read(elsewhere, Query));
        Assert.Equal("x", tokens.Read(tokens.Issue(Query, "x"), Query));
    }

    [Fact]
    public void EveryChangedCharacterOfATokenIsNoticed()
    {
        var tokens = new ContinuationTokens(null);
        var token = tokens.Issue(Query, "510100.work-safety.safety_deaths");

        for (var i = 0; i < token.Length; i++)
        {
            var altered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Throws<ApiProblemException>(() => tokens.Read(altered, Query));
        }

        Assert.Throws<ApiProblemException>(() => tokens.Read(token[..^1], Query));
        Assert.Throws<ApiProblemException>(() => tokens.Read(token + "A", Query));
    }

    [Fact]
    public void PayloadRewrittenToPointElsewhereIsRefusedEvenWithoutAKey()
    {
        var tokens = new ContinuationTokens(null);
        var token = tokens.Issue(Query, "510100.a");
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($$"""{"V":1,"Q":"{{token}}","A":"510300.a"}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Throws<ApiProblemException>(() => tokens.Read(forged + token[token.IndexOf('.', StringComparison.Ordinal)..], Query));
    }

    [Fact]
    public void RandomTextIsAlwaysRefusedAsAProblem()
    {
        var tokens = new ContinuationTokens(Key);

        Gen.String[0, 200].Sample(text =>
        {
            var problem = Assert.Throws<ApiProblemException>(() => tokens.Read(text, Query)).Problem;
            Assert.Equal(ApiProblemCodes.InvalidContinuationToken, problem.Code);
        }, iter: 2000);
    }
}
