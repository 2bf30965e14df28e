using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Cli.Files;
using Regional.Cli.Hosting;
using Regional.Periods;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional contacts check</c>: validates the catalog's contacts.json against the catalog (every problem with file,
/// JSON path and reason, exit 2) and lists the contact points with whether their settings have values;
/// <c>--require-settings</c> makes a setting without a value a problem too. <c>regional contacts test ID</c> sends
/// one test message to one contact point through its channel and prints the vendor's answer.
/// </summary>
internal static class ContactsCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var require = new Option<bool>("--require-settings") { Description = "A contact point whose URL, address or secret setting has no value is a problem" };
        var check = new Command("check", "Validate contacts.json against the catalog and list the contact points") { catalog, require };
        check.SetAction((parse, cancellationToken) => CheckAsync(context, parse.GetValue(catalog), parse.GetValue(require)));

        var testCatalog = CommonOptions.Catalog();
        var storage = CommonOptions.Storage();
        var id = new Argument<string>("ID") { Description = "The contact point to send a test message to" };
        var test = new Command("test", "Send a test message to one contact point") { id, testCatalog, storage };
        test.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, parse.GetValue(testCatalog), parse.GetValue(storage), (services, loaded) =>
                TestAsync(context, services, loaded, parse.GetValue(id)!, cancellationToken)));

        return new Command("contacts", "Contact points and notification routes (contacts.json)") { check, test };
    }

    private static async Task<int> CheckAsync(CliContext context, string? directory, bool requireSettings)
    {
        var catalog = CatalogFolder.Load(directory, context.Error);
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        var folder = CatalogFolder.Resolve(directory);
        if (!ContactsLoader.Exists(folder))
        {
            await context.Error.WriteLineAsync($"error: {Path.Combine(folder, ContactsLoader.FileName)} does not exist: the catalog notifies no contact point.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var (book, problems) = ContactsLoader.TryLoad(folder, catalog);
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(context.Settings).Build();
        string? Value(string name) => settings[name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)];
        if (book is not null && requireSettings)
        {
            problems = problems.AddRange(ContactsLoader.MissingSettings(book, Value));
        }

        foreach (var problem in problems)
        {
            await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (book is null || problems.Length > 0)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{ContactsLoader.FileName}: {problems.Length} problem(s).")).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var table = new Table().Border(TableBorder.Simple).Title("[bold]Contact points[/]");
        foreach (var column in new[] { "Id", "Kind", "Language", "Setting", "Set", "Per minute", "Digest" })
        {
            table.AddColumn(column);
        }

        foreach (var point in book.ContactPoints)
        {
            var set = !string.IsNullOrWhiteSpace(Value(point.Setting)) && (point.SecretSetting is null || !string.IsNullOrWhiteSpace(Value(point.SecretSetting)));
            table.AddRow(
                Markup.Escape(point.Id),
                point.Kind.ToString().ToLowerInvariant(),
                point.Language.ToString().ToLowerInvariant(),
                Markup.Escape(point.Setting + (point.SecretSetting is null ? string.Empty : ", " + point.SecretSetting)),
                set ? "yes" : "[yellow]not set[/]",
                point.PerMinute.ToString(CultureInfo.InvariantCulture),
                point.DigestAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty);
        }

        context.Console.Write(table);
        context.Console.MarkupLineInterpolated($"{ContactsLoader.FileName}: valid; {book.ContactPoints.Length} contact points, {CountRoutes(book.Root)} routes, time zone {book.TimeZone.Id}.");
        return ExitCodes.Success;
    }

    private static async Task<int> TestAsync(CliContext context, IServiceProvider services, Catalog catalog, string id, CancellationToken cancellationToken)
    {
        var book = services.GetRequiredService<IContactBookProvider>().Book;
        if (book.Find(id) is not { } point)
        {
            await context.Error.WriteLineAsync($"error: no contact point '{id}' in {ContactsLoader.FileName}; known: {string.Join(", ", book.ContactPoints.Select(c => c.Id))}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var channel = services.GetServices<IContactChannel>().Single(c => c.Kind == point.Kind);
        var now = context.Clock.GetUtcNow();
        var period = Period.Parse(now.Year.ToString(CultureInfo.InvariantCulture));
        var notification = new Notification(
            NotificationIds.For(catalog.Info.Id, period, "test", [id, now.ToString("O", CultureInfo.InvariantCulture)]),
            NotificationKind.Summary,
            catalog.Info.Id,
            period,
            null,
            null,
            Severity.Info,
            null,
            [],
            $"{catalog.Info.NameEn}: test message to contact point {id}",
            $"{catalog.Info.NameZh}：发给联系点 {id} 的测试消息",
            now);
        var result = await channel.SendAsync(point, [new Delivery(Delivery.IdFor(notification.Id, id), id, "$.test", notification, now, TimeSpan.Zero)], cancellationToken).ConfigureAwait(false);
        context.Console.MarkupLineInterpolated($"{id} ({point.Kind}): {result.Outcome}: {result.Answer}");
        return result.Outcome == ChannelOutcome.Sent ? ExitCodes.Success : ExitCodes.Rejected;
    }

    private static int CountRoutes(NotificationRoute route) => 1 + route.Routes.Sum(CountRoutes);
}
