using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// The compiled template evaluated for a deployment as <c>azd provision</c> makes it: the parameters azd always passes
/// (environment, region, the signed-in user's object id, the API's registration and its allowed clients), the
/// template's defaults for everything else unless a test changes them.
/// </summary>
internal static class Deployments
{
    public const string DeployingUser = "5a1c7e2b-0d44-4f3e-9c1a-7b2e8d6f4a10";

    public static TemplateEvaluation With(params (string Name, object? Value)[] changes)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["environmentName"] = "regional-prod",
            ["location"] = "chinanorth3",
            ["principalId"] = DeployingUser,
            ["authClientId"] = "0f8e3b7a-6c2d-4e19-a5b4-3d2c1e0f9a8b",
            ["authAllowedClientApplications"] = "9c4d2e1f-7a3b-4c5d-8e6f-1a2b3c4d5e6f",
        };
        foreach (var (name, value) in changes)
        {
            parameters[name] = value;
        }

        return TemplateEvaluation.ForMain(CompiledTemplate.Load().Root, parameters);
    }

    /// <summary>With the template's defaults.</summary>
    public static TemplateEvaluation Defaults() => With();
}
