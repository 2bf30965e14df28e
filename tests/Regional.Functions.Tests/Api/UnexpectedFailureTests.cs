using System.Text;
using Microsoft.AspNetCore.Http;
using Regional.Api.Http;
using Regional.Functions.Http;

namespace Regional.Functions.Tests.Api;

/// <summary>An HTTP function that fails unexpectedly answers a problem of its own, never the exception and its trace.</summary>
public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task AnUnexpectedExceptionIsA500ProblemWithoutTheStackTrace()
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/api/scorecards/2025-Q3";

        var result = await request.AnswerAsync((_, _) => throw new InvalidOperationException("a secret detail of the failure"));

        var response = Assert.IsType<ApiResult>(result).Response;
        Assert.Equal(500, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(response.Body.Span);
        Assert.Contains(ApiProblemCodes.InternalError, body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
