namespace Regional.Api.Http;

/// <summary>Stops handling a request with a problem answer; the API gate turns it into the response.</summary>
public sealed class ApiProblemException : Exception
{
    public ApiProblemException()
        : this(Problem.Of(400, ApiProblemCodes.BadRequest, "bad request"))
    {
    }

    public ApiProblemException(string message)
        : this(Problem.Of(400, ApiProblemCodes.BadRequest, message))
    {
    }

    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException) => Problem = Problem.Of(400, ApiProblemCodes.BadRequest, message);

    public ApiProblemException(Problem problem)
        : base(problem?.Detail)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    public Problem Problem { get; }

    /// <summary>Headers the answer carries besides the problem (Retry-After, ETag).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public ApiProblemException WithHeader(string name, string value) =>
        new(Problem) { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    public static ApiProblemException Of(int status, string code, string detail, IEnumerable<ProblemError>? errors = null) =>
        new(Http.Problem.Of(status, code, detail, errors: errors));
}
