using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Catalogs.Loading;
using Regional.Engine;

namespace Regional.Alerts.Contacts;

/// <summary>
/// Reads <c>contacts.json</c> of a catalog folder and checks it against the catalog: every region, peer group, rule
/// and indicator a route names exists, every contact point a route names is declared, every route can be reached and
/// delivers to someone, every contact point is used and names the setting of its secret part. Like the catalog's own
/// loader it reports every problem with file, JSON path and reason in one pass.
/// </summary>
public static partial class ContactsLoader
{
    public const string FileName = "contacts.json";

    /// <summary>Whether the folder has a contact file at all; a catalog without one notifies nobody directly.</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, FileName));

    /// <summary>The book of a catalog folder, <see cref="ContactBook.Empty"/> when it has no contact file.</summary>
    /// <exception cref="CatalogLoadException">The contact file has problems; all of them are listed.</exception>
    public static ContactBook LoadOrEmpty(string directory, Catalog catalog)
    {
        if (!Exists(directory))
        {
            return ContactBook.Empty;
        }

        var (book, problems) = TryLoad(directory, catalog);
        return book ?? throw new CatalogLoadException(directory, problems);
    }

    public static (ContactBook? Book, ImmutableArray<CatalogProblem> Problems) TryLoad(string directory, Catalog catalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new ProblemSink();
        using var document = CatalogFile.Open(directory, FileName, problems);
        if (document is null)
        {
            return (null, problems.ToImmutable());
        }

        var book = Read(new JsonObjectReader(document.RootElement, FileName, "$", problems), catalog);
        return problems.Count > 0 || book is null ? (null, problems.ToImmutable()) : (book, []);
    }

    /// <summary>
    /// The contact points whose settings have no value in <paramref name="setting"/> (the app's configuration):
    /// such a contact point cannot be reached and its deliveries would fail.
    /// </summary>
    public static ImmutableArray<CatalogProblem> MissingSettings(ContactBook book, Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(setting);
        var problems = new List<CatalogProblem>();
        for (var i = 0; i < book.ContactPoints.Length; i++)
        {
            var point = book.ContactPoints[i];
            var path = JsonObjectReader.Item("$.contactPoints", i);
            if (string.IsNullOrWhiteSpace(setting(point.Setting)))
            {
                problems.Add(new CatalogProblem(FileName, path + ".setting", $"contact point '{point.Id}': the setting '{point.Setting}' has no value"));
            }

            if (point.SecretSetting is { } secret && string.IsNullOrWhiteSpace(setting(secret)))
            {
                problems.Add(new CatalogProblem(FileName, path + ".secretSetting", $"contact point '{point.Id}': the setting '{secret}' has no value"));
            }
        }

        return [.. problems];
    }

    private static ContactBook? Read(JsonObjectReader root, Catalog catalog)
    {
        var zoneId = root.String("timeZone", "UTC");
        TimeZoneInfo zone = TimeZoneInfo.Utc;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            root.Report("timeZone", $"'{zoneId}' is not a known time zone (an IANA id such as Asia/Shanghai)");
        }

        var points = ReadContactPoints(root);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var routeReader = root.Object("route", required: true);
        NotificationRoute? route = null;
        if (routeReader is not null)
        {
            var inherited = new NotificationRoute(
                routeReader.Path, RouteMatchers.Any, [], false, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), true, null, []);
            route = ReadRoute(routeReader, inherited, catalog, points, used, isRoot: true);
        }

        root.ReportUnknownProperties();
        for (var i = 0; i < points.Count; i++)
        {
            if (!used.Contains(points[i].Id))
            {
                root.Problems.Add(root.File, JsonObjectReader.Item("$.contactPoints", i) + ".id", $"contact point '{points[i].Id}' is not named by any route: it would never hear of anything");
            }
        }

        return route is null ? null : new ContactBook(zone, [.. points], route);
    }

    private static List<ContactPoint> ReadContactPoints(JsonObjectReader root)
    {
        var points = new List<ContactPoint>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Objects("contactPoints", required: true))
        {
            var id = item.String("id", required: true);
            var kind = item.Enum<ContactKind>("kind", required: true);
            var name = item.String("name", required: false);
            var language = item.Enum("language", ContactLanguage.Zh);
            var setting = item.String("setting", required: false);
            var secret = item.String("secretSetting", required: false);
            var digest = item.String("digestAt", required: false);
            var perMinute = item.Integer("perMinute", required: false);
            item.ReportUnknownProperties();
            if (id is null || kind is null)
            {
                continue;
            }

            if (!IdPattern().IsMatch(id))
            {
                item.Report("id", $"'{id}' is not a contact point id (lower-case letters, digits and '-', at most 40)");
                continue;
            }

            if (!ids.Add(id))
            {
                item.Report("id", $"duplicate contact point id '{id}'");
                continue;
            }

            setting ??= ContactPoint.DefaultSetting(id);
            if (!SettingPattern().IsMatch(setting))
            {
                item.Report("setting", $"'{setting}' is not a setting name (letters, digits, '_' and '-', sections joined by '__')");
            }

            if (secret is not null && !SettingPattern().IsMatch(secret))
            {
                item.Report("secretSetting", $"'{secret}' is not a setting name (letters, digits, '_' and '-', sections joined by '__')");
            }

            if (kind == ContactKind.Webhook)
            {
                // A receiver must be able to tell the sender's messages from anyone else's.
                secret ??= ContactPoint.DefaultSecretSetting(id);
            }
            else if (secret is not null && kind is not (ContactKind.Dingtalk or ContactKind.Feishu))
            {
                item.Report("secretSetting", $"a {EnumNames.Canonical(kind.Value)} contact point is not signed; only dingtalk, feishu and webhook take a secret");
            }

            TimeOnly? digestAt = null;
            if (digest is not null)
            {
                if (kind != ContactKind.Email)
                {
                    item.Report("digestAt", "only an email contact point can receive a daily digest");
                }
                else if (TimeOnly.TryParseExact(digest, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                {
                    digestAt = at;
                }
                else
                {
                    item.Report("digestAt", $"'{digest}' is not a time of day (HH:mm, such as 08:00)");
                }
            }

            var vendorLimit = ContactPoint.VendorPerMinute(kind.Value);
            if (perMinute is < 1 || perMinute > vendorLimit)
            {
                item.Report("perMinute", Invariant($"must be between 1 and {vendorLimit}, the most a {EnumNames.Canonical(kind.Value)} endpoint accepts a minute"));
            }

            points.Add(new ContactPoint(id, kind.Value, name ?? id, language, setting, secret, digestAt, perMinute is >= 1 && perMinute <= vendorLimit ? perMinute.Value : vendorLimit));
        }

        return points;
    }

    private static NotificationRoute? ReadRoute(JsonObjectReader node, NotificationRoute parent, Catalog catalog, IReadOnlyList<ContactPoint> points, HashSet<string> used, bool isRoot)
    {
        var match = ReadMatchers(node, catalog, isRoot);
        var contactIds = new List<string>();
        foreach (var (id, path) in node.Strings("contactPoints", required: false))
        {
            if (points.All(p => p.Id != id))
            {
                node.Problems.Add(node.File, path, $"contact point '{id}' is not declared in $.contactPoints");
                continue;
            }

            contactIds.Add(id);
        }

        var quiet = parent.QuietHours;
        if (node.Object("quietHours", required: false) is { } hours)
        {
            var start = Time(hours, "start");
            var end = Time(hours, "end");
            var pass = hours.Enum("passFrom", Severity.Critical);
            hours.ReportUnknownProperties();
            quiet = start is null || end is null ? null : new QuietHours(start.Value, end.Value, pass);
        }

        var groupWait = node.Duration("groupWait", parent.GroupWait);
        var groupInterval = node.Duration("groupInterval", parent.GroupInterval);
        var repeat = node.Duration("repeatInterval", parent.RepeatInterval);
        if (repeat <= TimeSpan.Zero)
        {
            node.Report("repeatInterval", "must be longer than zero");
        }

        var route = new NotificationRoute(
            node.Path,
            match ?? RouteMatchers.Any,
            contactIds.Count > 0 ? [.. contactIds] : parent.ContactPoints,
            node.Boolean("continue", false),
            groupWait,
            groupInterval,
            repeat,
            node.Boolean("sendResolved", parent.SendResolved),
            quiet,
            []);
        if (isRoot && node.Has("continue"))
        {
            node.Report("continue", "the root route matches everything; continue applies to child routes only");
        }

        var children = new List<NotificationRoute>();
        foreach (var child in node.Objects("routes", required: false))
        {
            if (ReadRoute(child, route, catalog, points, used, isRoot: false) is not { } read)
            {
                continue;
            }

            if (children.FirstOrDefault(sibling => !sibling.Continue && Covers(sibling.Match, read.Match)) is { } shadow)
            {
                child.ReportHere($"cannot be reached: the route {shadow.Path} before it matches everything it does and has no continue");
            }

            children.Add(read);
        }

        node.ReportUnknownProperties();
        route = route with { Routes = [.. children] };
        if (children.Count == 0)
        {
            if (route.ContactPoints.IsEmpty)
            {
                node.ReportHere("delivers to no contact point: name contactPoints here or on a parent route");
            }

            used.UnionWith(route.ContactPoints);
        }
        else
        {
            // A node with children delivers what none of them takes.
            used.UnionWith(route.ContactPoints);
        }

        return route;
    }

    private static RouteMatchers? ReadMatchers(JsonObjectReader node, Catalog catalog, bool isRoot)
    {
        if (node.Object("match", required: false) is not { } match)
        {
            return null;
        }

        if (isRoot)
        {
            node.Report("match", "the root route matches every notification; put matchers on child routes");
        }

        var ruleIds = catalog.Rules.RedLines.Select(r => r.Id)
            .Concat(typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!))
            .ToHashSet(StringComparer.Ordinal);
        var peerGroups = catalog.Regions.Select(r => r.PeerGroup).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var regions = Names(match, "regions", code => catalog.FindRegion(code) is not null, "is not a region of the catalog");
        var groups = Names(match, "peerGroups", peerGroups.Contains, "is not a peer group of the catalog");
        var rules = Names(match, "rules", ruleIds.Contains, "is not a rule of the catalog (a red line id or a built-in rule)");
        var indicators = Names(match, "indicators", id => catalog.FindIndicator(id) is not null, "is not an indicator of the catalog");
        var kinds = new HashSet<NotificationKind>();
        foreach (var (text, path) in match.Strings("kinds", required: false))
        {
            if (EnumNames.TryParse<NotificationKind>(text, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                match.Problems.Add(match.File, path, $"'{text}' is not one of: {EnumNames.Expected<NotificationKind>()}");
            }
        }

        var severity = match.Enum("minSeverity", Severity.None);
        match.ReportUnknownProperties();
        if ((regions.Count > 0 || groups.Count > 0) && kinds.Count == 1 && kinds.Contains(NotificationKind.Summary))
        {
            match.ReportHere("cannot match anything: a summary belongs to no region or peer group");
        }

        return new RouteMatchers([.. regions], [.. groups], [.. rules], [.. indicators], [.. kinds], severity);
    }

    private static List<string> Names(JsonObjectReader match, string name, Func<string, bool> known, string unknown)
    {
        var values = new List<string>();
        foreach (var (value, path) in match.Strings(name, required: false))
        {
            if (!known(value))
            {
                match.Problems.Add(match.File, path, $"'{value}' {unknown}");
            }

            values.Add(value);
        }

        return values;
    }

    private static TimeOnly? Time(JsonObjectReader reader, string name)
    {
        var text = reader.String(name, required: true);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.Report(name, $"'{text}' is not a time of day (HH:mm, such as 22:00)");
        return null;
    }

    /// <summary>Whether every notification and item <paramref name="later"/> matches is matched by <paramref name="earlier"/> too.</summary>
    private static bool Covers(RouteMatchers earlier, RouteMatchers later) =>
        Covers(earlier.Regions, later.Regions) && Covers(earlier.PeerGroups, later.PeerGroups) &&
        Covers(earlier.Rules, later.Rules) && Covers(earlier.Indicators, later.Indicators) &&
        Covers(earlier.Kinds, later.Kinds) && earlier.MinSeverity <= later.MinSeverity;

    private static bool Covers<T>(ImmutableHashSet<T> earlier, ImmutableHashSet<T> later) =>
        earlier.Count == 0 || (later.Count > 0 && later.IsSubsetOf(earlier));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+(__[A-Za-z0-9_-]+)*$")]
    private static partial Regex SettingPattern();
}
