using System.Text.Json;
using System.Text.RegularExpressions;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// The role assignments of the compiled template: all in one module, named <c>guid(scope, principal, role)</c>, and
/// for the app's identity exactly the data-plane roles it needs at the narrowest scope, never a role that manages
/// resources or grants access.
/// </summary>
public sealed partial class RoleAssignmentTests
{
    private const string RoleAssignment = "Microsoft.Authorization/roleAssignments";

    /// <summary>Built-in roles by id (the same in every Azure cloud).</summary>
    private static readonly Dictionary<string, string> BuiltInRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = "Azure Service Bus Data Sender",
        ["4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0"] = "Azure Service Bus Data Receiver",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["090c5cfd-751d-490a-894a-3ce6f1109419"] = "Azure Service Bus Data Owner",
        ["17d1049b-9a84-46fb-8f53-869881c3d3ab"] = "Storage Account Contributor",
    };

    private static readonly string[] Privileged =
    [
        "Owner", "Contributor", "User Access Administrator", "Storage Blob Data Owner", "Azure Service Bus Data Owner", "Storage Account Contributor",
    ];

    private static readonly Lazy<IReadOnlyList<Assignment>> Assignments = new(Read);

    [Fact]
    public void EveryRoleAssignmentIsInTheRbacModule()
    {
        var modules = CompiledTemplate.Load().Declared(RoleAssignment).Select(d => d.Module).Distinct().ToList();

        Assert.Equal(["rbac"], modules);
    }

    [Fact]
    public void EveryAssignmentIsNamedFromItsScopePrincipalAndRole()
    {
        foreach (var assignment in Assignments.Value)
        {
            var arguments = GuidArguments(assignment.Name);
            Assert.True(arguments.Count == 3, $"{assignment.Name} is not guid(scope, principal, role)");
            Assert.Equal(Unbracket(assignment.Scope), arguments[0]);
            Assert.Contains(arguments[2], Unbracket(assignment.RoleDefinitionId), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheAppIdentityHoldsExactlyTheDataRolesItNeedsAtTheNarrowestScope()
    {
        var app = Assignments.Value.Where(a => a.ForAppIdentity)
            .SelectMany(a => a.Roles.Select(r => $"{r} on {a.ScopeType}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "Azure Service Bus Data Sender on Microsoft.ServiceBus/namespaces/topics",
                "Monitoring Metrics Publisher on Microsoft.Insights/components",
                "Storage Blob Data Contributor on Microsoft.Storage/storageAccounts",
                "Storage Queue Data Contributor on Microsoft.Storage/storageAccounts",
                "Storage Table Data Contributor on Microsoft.Storage/storageAccounts",
            ],
            app);
    }

    [Fact]
    public void TheDeployingUsersRolesExistOnlyWhenAUserIsNamed()
    {
        var user = Assignments.Value.Where(a => !a.ForAppIdentity).ToList();

        Assert.NotEmpty(user);
        Assert.All(user, a => Assert.Equal("[variables('withUser')]", a.Condition));
        Assert.All(user, a => Assert.Contains("parameters('userPrincipalId')", a.PrincipalId, StringComparison.Ordinal));
    }

    [Fact]
    public void NoAssignmentGrantsARoleThatManagesResourcesOrAccess()
    {
        var granted = Assignments.Value.SelectMany(a => a.Roles).Distinct().ToList();

        Assert.Empty(granted.Intersect(Privileged));
        Assert.DoesNotContain(granted, r => r.StartsWith("unknown", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Assignment> Read() =>
        [.. CompiledTemplate.Load().Declared(RoleAssignment).Select(d => Assignment.From(d.Resource, d.Variables))];

    /// <summary>The top-level arguments of <c>[guid(a, b, c)]</c>.</summary>
    private static List<string> GuidArguments(string name)
    {
        var inner = Unbracket(name);
        if (!inner.StartsWith("guid(", StringComparison.Ordinal) || !inner.EndsWith(')'))
        {
            return [];
        }

        var arguments = new List<string>();
        var (depth, start) = (0, 5);
        var quoted = false;
        for (var i = 5; i < inner.Length - 1; i++)
        {
            var c = inner[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '(' || c == '['))
            {
                depth++;
            }
            else if (!quoted && (c == ')' || c == ']'))
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == ',')
            {
                arguments.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }

        arguments.Add(inner[start..^1].Trim());
        return arguments;
    }

    private static string Unbracket(string expression) =>
        expression.StartsWith('[') && expression.EndsWith(']') ? expression[1..^1] : expression;

    [GeneratedRegex(@"resourceId\('([^']+)'")]
    private static partial Regex ScopeTypePattern();

    [GeneratedRegex(@"variables\('roles'\)\.(\w+)")]
    private static partial Regex RoleVariable();

    [GeneratedRegex(@"variables\('(\w+)'\)\[copyIndex\(\)\]")]
    private static partial Regex RoleListVariable();

    private sealed record Assignment(string Name, string Scope, string ScopeType, string PrincipalId, string RoleDefinitionId, string? Condition, IReadOnlyList<string> Roles)
    {
        public bool ForAppIdentity => PrincipalId.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal);

        public static Assignment From(JsonElement resource, JsonElement variables)
        {
            var properties = resource.GetProperty("properties");
            var scope = resource.GetProperty("scope").GetString()!;
            var roleDefinitionId = properties.GetProperty("roleDefinitionId").GetString()!;
            return new Assignment(
                resource.GetProperty("name").GetString()!,
                scope,
                ScopeTypePattern().Match(scope).Groups[1].Value,
                properties.GetProperty("principalId").GetString()!,
                roleDefinitionId,
                resource.TryGetProperty("condition", out var condition) ? condition.GetString() : null,
                RolesOf(roleDefinitionId, variables));
        }

        /// <summary>The role names a roleDefinitionId expression can take, following the module's role variables.</summary>
        private static List<string> RolesOf(string expression, JsonElement variables)
        {
            var roles = variables.GetProperty("roles");
            var ids = RoleVariable().Matches(expression).Select(m => roles.GetProperty(m.Groups[1].Value).GetString()!).ToList();
            foreach (Match list in RoleListVariable().Matches(expression))
            {
                ids.AddRange(variables.GetProperty(list.Groups[1].Value).EnumerateArray()
                    .Select(e => RoleVariable().Match(e.GetString()!) is { Success: true } m ? roles.GetProperty(m.Groups[1].Value).GetString()! : e.GetString()!));
            }

            return [.. ids.Select(id => BuiltInRoles.TryGetValue(id, out var name) ? name : "unknown " + id)];
        }
    }
}
