using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Functions.Tests.Configuration;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// The role assignments of the compiled template: all in one module, named <c>guid(scope, principal, role)</c>, and
/// for the app's identity exactly the data-plane roles it needs at the narrowest scope (each table, queue and container
/// it uses, never the storage account), never a role that manages resources or grants access; the deploying user none
/// unless a development environment asks for them.
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
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
        ["00482a5a-887f-4fb3-b363-3b7fe8e74483"] = "Key Vault Administrator",
        ["b86a8fe4-44ce-4948-aee5-eccb2c155cd7"] = "Key Vault Secrets Officer",
    };

    /// <summary>The Functions host's own containers: leases, locks and timer schedules; function keys.</summary>
    private static readonly string[] HostContainers = ["azure-webjobs-hosts", "azure-webjobs-secrets"];

    private static readonly string[] Privileged =
    [
        "Owner", "Contributor", "User Access Administrator", "Storage Blob Data Owner", "Azure Service Bus Data Owner", "Storage Account Contributor",
        "Key Vault Administrator", "Key Vault Secrets Officer",
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
                "Key Vault Secrets User on Microsoft.KeyVault/vaults",
                "Monitoring Metrics Publisher on Microsoft.Insights/components",
                "Storage Blob Data Contributor on Microsoft.Storage/storageAccounts/blobServices/containers",
                "Storage Queue Data Contributor on Microsoft.Storage/storageAccounts/queueServices/queues",
                "Storage Table Data Contributor on Microsoft.Storage/storageAccounts/tableServices/tables",
            ],
            app);
    }

    [Fact]
    public void TheAppHoldsNoRoleOnTheStorageAccountAsAWhole()
    {
        var onAccount = Assignments.Value.Where(a => a.ForAppIdentity && a.ScopeType == "Microsoft.Storage/storageAccounts").ToList();

        Assert.True(onAccount.Count == 0, "the app identity holds " + string.Join(", ", onAccount.SelectMany(a => a.Roles)) + " on the whole storage account");
    }

    [Fact]
    public void TheAppsStorageRolesAreOnExactlyTheTablesQueuesAndContainersItResolvesFromItsSettings()
    {
        var storage = AppStorageOptions();
        var rbac = Deployments.Defaults().Module("rbac");
        var created = Deployments.Defaults().Module("storage");

        Assert.Equal(storage.Tables.Order(StringComparer.Ordinal), Names(rbac.Parameter("tableNames")));
        Assert.Equal(storage.Queues.Order(StringComparer.Ordinal), Names(rbac.Parameter("queueNames")));
        Assert.Equal(storage.Containers.Concat(HostContainers).Order(StringComparer.Ordinal), Names(rbac.Parameter("containerNames")));
        // Roles scoped to a table, queue or container need it to exist before the app starts.
        Assert.Equal(Names(rbac.Parameter("tableNames")), Names(created.Parameter("tableNames")));
        Assert.Equal(Names(rbac.Parameter("queueNames")), Names(created.Parameter("queueNames")));
        Assert.Equal(Names(rbac.Parameter("containerNames")), Names(created.Parameter("containerNames")));
        AssertScopedPerItem("Storage Table Data Contributor", "tableNames");
        AssertScopedPerItem("Storage Queue Data Contributor", "queueNames");
        AssertScopedPerItem("Storage Blob Data Contributor", "containerNames");
    }

    [Fact]
    public void OnlyTheDeploymentIdentityReachesTheDeploymentPackageContainer()
    {
        var package = Assignments.Value.Where(a => a.Scope.Contains("parameters('deploymentContainerName')", StringComparison.Ordinal)).ToList();
        var rbac = Deployments.Defaults().Module("rbac");
        var containers = Names(rbac.Parameter("containerNames"));
        var deploymentContainer = (string)rbac.Parameter("deploymentContainerName")!;

        var assignment = Assert.Single(package);
        Assert.Equal(["Storage Blob Data Contributor"], assignment.Roles);
        Assert.Contains("parameters('deploymentIdentityName')", assignment.Principal, StringComparison.Ordinal);
        Assert.DoesNotContain(deploymentContainer, containers);

        // The platform writes and reads the package as that identity, not as the app's.
        var site = Assert.Single(CompiledTemplate.Load().ResourcesOfType("Microsoft.Web/sites"), s => s.TryGetProperty("properties", out _));
        var authentication = site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage").GetProperty("authentication");
        Assert.Equal("[parameters('deploymentIdentityId')]", authentication.GetProperty("userAssignedIdentityResourceId").GetString());
    }

    [Fact]
    public void TheDeployingUserHasNoDataRoleByDefaultEvenWhenAzdNamesThem()
    {
        var rbac = Deployments.Defaults().Module("rbac");
        var developer = DeveloperAssignments(rbac);

        Assert.NotEmpty(developer);
        Assert.All(developer, resource => Assert.False(rbac.Deployed(resource), $"{resource.GetProperty("name").GetString()} is deployed for the deploying user by default"));
    }

    [Fact]
    public void ADevelopmentEnvironmentGivesTheDeployingUserDataRolesWhenAskedTo()
    {
        var rbac = Deployments.With(("developerDataAccess", true)).Module("rbac");
        var withoutUser = Deployments.With(("developerDataAccess", true), ("principalId", "")).Module("rbac");

        Assert.All(DeveloperAssignments(rbac), resource => Assert.True(rbac.Deployed(resource)));
        Assert.All(DeveloperAssignments(withoutUser), resource => Assert.False(withoutUser.Deployed(resource)));
    }

    [Fact]
    public void NoAssignmentGrantsARoleThatManagesResourcesOrAccess()
    {
        var granted = Assignments.Value.SelectMany(a => a.Roles).Distinct().ToList();

        Assert.Empty(granted.Intersect(Privileged));
        Assert.DoesNotContain(granted, r => r.StartsWith("unknown", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Assignment> Read() =>
        [.. CompiledTemplate.Load().Declared(RoleAssignment).Select(d => Assignment.From(d.Resource, d.Variables, d.Template))];

    /// <summary>The assignments of the rbac module for a principal other than the app's and the deployment's identities.</summary>
    private static List<JsonElement> DeveloperAssignments(TemplateEvaluation rbac) =>
        [.. rbac.ResourcesOfType(RoleAssignment).Where(r => !r.GetProperty("properties").GetProperty("principalId").GetString()!.StartsWith("[reference(", StringComparison.Ordinal))];

    private static void AssertScopedPerItem(string role, string listParameter)
    {
        var assignment = Assert.Single(Assignments.Value, a => a.ForAppIdentity && a.Roles.Contains(role));
        Assert.Contains($"parameters('{listParameter}')[copyIndex()]", assignment.Scope, StringComparison.Ordinal);
        Assert.Equal($"[length(parameters('{listParameter}'))]", assignment.CopyCount);
    }

    private static List<string> Names(object? list) => [.. ((List<object?>)list!).Cast<string>().Order(StringComparer.Ordinal)];

    /// <summary>The tables, queues and containers the app resolves from the deployed settings, as its composition binds them.</summary>
    private static StorageOptions AppStorageOptions()
    {
        var literals = CompiledTemplate.Load().AppSettings()
            .Where(s => s.Value.ValueKind == JsonValueKind.String && !s.Value.GetString()!.StartsWith('['))
            .ToDictionary(s => SettingsTheAppReads.Normalize(s.Key), s => s.Value.GetString(), StringComparer.OrdinalIgnoreCase);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(literals).Build();
        var services = new ServiceCollection();
        services.AddRegionalStorage(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<StorageOptions>>().Value;
    }

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

    [GeneratedRegex(@"^\[reference\('(\w+)'\)\.principalId\]$")]
    private static partial Regex SymbolicReference();

    /// <param name="Principal">
    /// The principal id expression, a symbolic <c>reference('identity')</c> replaced by that identity's name expression.
    /// </param>
    private sealed record Assignment(
        string Name, string Scope, string ScopeType, string Principal, string RoleDefinitionId, string? Condition, string? CopyCount, IReadOnlyList<string> Roles)
    {
        public bool ForAppIdentity => Principal.Contains("parameters('appIdentityName')", StringComparison.Ordinal);

        public static Assignment From(JsonElement resource, JsonElement variables, JsonElement template)
        {
            var properties = resource.GetProperty("properties");
            var scope = resource.GetProperty("scope").GetString()!;
            var roleDefinitionId = properties.GetProperty("roleDefinitionId").GetString()!;
            var principal = properties.GetProperty("principalId").GetString()!;
            if (SymbolicReference().Match(principal) is { Success: true } symbolic &&
                template.GetProperty("resources") is { ValueKind: JsonValueKind.Object } resources &&
                resources.TryGetProperty(symbolic.Groups[1].Value, out var identity))
            {
                principal = identity.GetProperty("name").GetString()!;
            }

            return new Assignment(
                resource.GetProperty("name").GetString()!,
                scope,
                ScopeTypePattern().Match(scope).Groups[1].Value,
                principal,
                roleDefinitionId,
                resource.TryGetProperty("condition", out var condition) ? condition.GetString() : null,
                resource.TryGetProperty("copy", out var copy) ? copy.GetProperty("count").GetString() : null,
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
