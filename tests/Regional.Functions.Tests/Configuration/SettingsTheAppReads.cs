using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Regional.Azure;
using Regional.Functions.Health;
using Regional.Functions.Telemetry;

namespace Regional.Functions.Tests.Configuration;

/// <summary>
/// The settings the Functions app reads, found from the app itself rather than from a list: every settable property
/// of every options type the composition binds to a configuration section, every key the composition looks up by name
/// while its services are created, and every <c>%Setting%</c> expression and connection name in functions.metadata.
/// Keys are compared case-insensitively with <c>__</c> read as <c>:</c>, as the Functions host reads them.
/// </summary>
internal static partial class SettingsTheAppReads
{
    public static string Normalize(string key) => key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);

    /// <summary>Composes the app over <paramref name="settings"/>, creates every service, and returns what it read.</summary>
    public static Reads Compose(IReadOnlyDictionary<string, string?> settings)
    {
        var recording = new RecordingConfiguration(settings);
        var configuration = new ConfigurationBuilder().Add(recording).Build();
        var services = new ServiceCollection();
        // As Program.cs composes the worker.
        services.AddRegional(configuration);
        services.AddRegionalTelemetry(configuration);
        var descriptors = services.ToList();

        var failures = new List<string>();
        var provider = services.BuildServiceProvider();
        try
        {
            var optionsTypes = BoundOptionsTypes(descriptors).ToList();
            foreach (var type in optionsTypes)
            {
                var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
                Try(failures, type.Name, () => options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options));
            }

            // The services the worker actually asks for: each function class, created as the worker creates it, and
            // the hosted services it starts. Clients of an unused transport are never built, here as in the app.
            foreach (var function in FunctionClasses())
            {
                Try(failures, function.Name, () => ActivatorUtilities.CreateInstance(provider, function));
            }

            Try(failures, nameof(IHostedService), () => provider.GetServices<IHostedService>().ToList());
        }
        finally
        {
            // Some clients (the Service Bus sender) dispose only asynchronously.
            provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var bound = BoundOptionsTypes(descriptors).SelectMany(OptionsSettings);
        return new Reads(
            recording.DirectReads.Concat(bound).Select(Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase),
            failures);
    }

    /// <summary>Every class of the Functions app with a method the worker invokes as a function.</summary>
    public static IEnumerable<Type> FunctionClasses() =>
        typeof(HealthFunction).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } &&
                t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));

    /// <summary>The <c>%Setting%</c> names in bindings and the connection names the host resolves from settings.</summary>
    public static (IReadOnlySet<string> Expressions, IReadOnlySet<string> Connections) FromMetadata(FunctionsMetadata metadata)
    {
        var expressions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var connections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var binding in metadata.Bindings)
        {
            foreach (var property in binding.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                foreach (Match match in SettingExpression().Matches(property.Value.GetString()!))
                {
                    expressions.Add(match.Groups[1].Value);
                }

                if (property.NameEquals("connection"))
                {
                    connections.Add(property.Value.GetString()!);
                }
            }
        }

        return (expressions, connections);
    }

    /// <summary>Options types bound from configuration by the composition (<c>Bind</c> or <c>BindConfiguration</c>).</summary>
    private static IEnumerable<Type> BoundOptionsTypes(IEnumerable<ServiceDescriptor> descriptors) =>
        descriptors
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("Regional", StringComparison.Ordinal) == true)
            .Distinct();

    /// <summary>
    /// <c>Section:Property</c> for each property the binder can set. Every bound options type names its section in a
    /// constant <c>Section</c> (or <c>Name</c>, for a connection); one that does not is an error, not a silent gap.
    /// </summary>
    private static IEnumerable<string> OptionsSettings(Type type)
    {
        var sectionField = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
            ?? type.GetField("Name", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"options type {type.FullName} is bound from configuration but has no Section or Name constant");
        var section = (string)sectionField.GetRawConstantValue()!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!(propertyType.IsPrimitive || propertyType.IsEnum || propertyType == typeof(string) || propertyType == typeof(TimeSpan) ||
                  propertyType == typeof(Uri) || propertyType == typeof(decimal)))
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a {propertyType.Name}; the contract reads only flat settings");
            }

            yield return ConfigurationPath.Combine(section, property.Name);
        }
    }

    private static void Try(List<string> failures, string what, Func<object?> resolve)
    {
        try
        {
            resolve();
        }
        catch (Exception exception) when (Unwrap(exception) is InvalidOperationException or OptionsValidationException or ArgumentException or FormatException)
        {
            var cause = Unwrap(exception);
            failures.Add($"{what}: {cause.GetType().Name}: {cause.Message}");
        }
    }

    private static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : exception;

    [GeneratedRegex("%([A-Za-z0-9_:.-]+)%")]
    private static partial Regex SettingExpression();

    public sealed record Reads(IReadOnlySet<string> Keys, IReadOnlyList<string> Failures);
}
