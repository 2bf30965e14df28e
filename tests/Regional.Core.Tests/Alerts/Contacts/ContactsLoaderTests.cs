using System.Text.Json;
using Json.Schema;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.Contacts.ContactSamples;

namespace Regional.Core.Tests.Alerts.Contacts;

public sealed class ContactsLoaderTests
{
    private const string Points = """
        "contactPoints": [
          { "id": "city", "kind": "wecom" },
          { "id": "office", "kind": "dingtalk", "secretSetting": "Contacts__office__Secret" }
        ]
        """;

    // The schema registers its $id once per process.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(BundledFolder, "..", "schema", "contacts.schema.json"))));

    [Fact]
    public void TheBundledContactFileLoadsAgainstTheBundledCatalog()
    {
        var book = Bundled();

        Assert.Equal(7, book.ContactPoints.Length);
        Assert.Equal("Asia/Shanghai", book.TimeZone.Id);
        Assert.Equal("Contacts__panzhihua-wecom__Url", book.Find("panzhihua-wecom")!.Setting);
        Assert.Equal("Contacts__data-platform-webhook__Secret", book.Find("data-platform-webhook")!.SecretSetting);
        Assert.Equal(TimeOnly.Parse("08:00", System.Globalization.CultureInfo.InvariantCulture), book.Find("province-duty-mail")!.DigestAt);
        Assert.Equal(20, book.Find("panzhihua-wecom")!.PerMinute);
    }

    [Fact]
    public void TheBundledContactFileIsValidAgainstItsPublishedSchema()
    {
        var schema = Schema.Value;
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundledFolder, ContactsLoader.FileName)));

        var result = schema.Evaluate(file.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void TheSchemaRefusesAContactPointOfAnUnknownKind()
    {
        var schema = Schema.Value;
        using var file = JsonDocument.Parse("""{ "contactPoints": [ { "id": "x", "kind": "pager" } ], "route": {} }""");

        Assert.False(schema.Evaluate(file.RootElement).IsValid);
    }

    [Fact]
    public void UnknownRegionsRulesPeerGroupsAndContactPointsAreReportedWithTheirPaths()
    {
        var (book, problems) = Load($$"""
            { {{Points}},
              "route": { "routes": [
                { "match": { "regions": ["519999"], "peerGroups": ["atlantis"], "rules": ["no-such-rule"], "indicators": ["gdp_growht"] }, "contactPoints": ["city", "nobody"] },
                { "contactPoints": ["office"] }
              ] } }
            """);

        Assert.Null(book);
        Assert.Contains(problems, p => p.Path == "$.route.routes[0].match.regions[0]" && p.Reason.Contains("'519999' is not a region", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.route.routes[0].match.peerGroups[0]");
        Assert.Contains(problems, p => p.Path == "$.route.routes[0].match.rules[0]");
        Assert.Contains(problems, p => p.Path == "$.route.routes[0].match.indicators[0]");
        Assert.Contains(problems, p => p.Path == "$.route.routes[0].contactPoints[1]" && p.Reason.Contains("'nobody' is not declared", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(ContactsLoader.FileName, p.File));
    }

    [Fact]
    public void ARouteAfterACatchAllSiblingWithoutContinueIsReportedAsUnreachable()
    {
        var (_, problems) = Load($$"""
            { {{Points}},
              "route": { "routes": [
                { "match": { "minSeverity": "warning" }, "contactPoints": ["office"] },
                { "match": { "regions": ["510400"], "minSeverity": "major" }, "contactPoints": ["city"] }
              ] } }
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("$.route.routes[1]", problem.Path);
        Assert.Contains("cannot be reached", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameRouteIsReachableWhenTheEarlierOneContinues()
    {
        var book = Book($$"""
            { {{Points}},
              "route": { "routes": [
                { "match": { "minSeverity": "warning" }, "contactPoints": ["office"], "continue": true },
                { "match": { "regions": ["510400"], "minSeverity": "major" }, "contactPoints": ["city"] }
              ] } }
            """);

        Assert.Equal(2, book.Root.Routes.Length);
    }

    [Fact]
    public void AContactPointNoRouteNamesAndARouteWithNoContactPointAreReported()
    {
        var (_, problems) = Load($$"""
            { {{Points}},
              "route": { "routes": [ { "match": { "kinds": ["summary"] } }, { "contactPoints": ["office"] } ] } }
            """);

        Assert.Contains(problems, p => p.Path == "$.route.routes[0]" && p.Reason.Contains("delivers to no contact point", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.contactPoints[0].id" && p.Reason.Contains("not named by any route", StringComparison.Ordinal));
    }

    [Fact]
    public void FieldsOfAContactPointAreCheckedOneByOne()
    {
        var (_, problems) = Load("""
            { "timeZone": "Mars/Olympus",
              "contactPoints": [
                { "id": "Bad Id", "kind": "wecom" },
                { "id": "pager", "kind": "pager" },
                { "id": "mail", "kind": "email", "digestAt": "25:00" },
                { "id": "robot", "kind": "wecom", "digestAt": "08:00", "perMinute": 50, "secretSetting": "Contacts__robot__Secret" }
              ],
              "route": { "contactPoints": ["mail", "robot"] } }
            """);

        Assert.Contains(problems, p => p.Path == "$.timeZone");
        Assert.Contains(problems, p => p.Path == "$.contactPoints[0].id");
        Assert.Contains(problems, p => p.Path == "$.contactPoints[1].kind" && p.Reason.Contains("'pager' is not one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.contactPoints[2].digestAt");
        Assert.Contains(problems, p => p.Path == "$.contactPoints[3].digestAt" && p.Reason.Contains("only an email", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.contactPoints[3].perMinute" && p.Reason.Contains("between 1 and 20", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.contactPoints[3].secretSetting");
    }

    [Fact]
    public void ASettingWithoutAValueIsReportedForItsContactPoint()
    {
        var book = Bundled();
        var values = book.ContactPoints.ToDictionary(c => c.Setting, _ => "https://example.invalid/hook");

        var problems = ContactsLoader.MissingSettings(book, name => values.GetValueOrDefault(name));

        Assert.Contains(problems, p => p.Path == "$.contactPoints[3].secretSetting" && p.Reason.Contains("Contacts__chengdu-dingtalk__Secret", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Reason.Contains("Contacts__data-platform-webhook__Secret", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Path.EndsWith(".setting", StringComparison.Ordinal));
    }

    [Fact]
    public void ChildRoutesInheritTimingAndQuietHoursFromTheirParent()
    {
        var book = Book($$"""
            { {{Points}},
              "route": { "groupWait": "00:01:00", "sendResolved": false, "quietHours": { "start": "22:00", "end": "07:00" },
                "routes": [ { "match": { "kinds": ["region"] }, "contactPoints": ["city"] }, { "contactPoints": ["office"], "groupWait": "PT5S" } ] } }
            """);

        Assert.Equal(TimeSpan.FromMinutes(1), book.Root.Routes[0].GroupWait);
        Assert.False(book.Root.Routes[0].SendResolved);
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Severity.Critical), book.Root.Routes[0].QuietHours);
        Assert.Equal(TimeSpan.FromSeconds(5), book.Root.Routes[1].GroupWait);
        Assert.Contains(NotificationKind.Region, book.Root.Routes[0].Match.Kinds);
    }

    [Fact]
    public void ACatalogWithoutAContactFileNotifiesNobody()
    {
        var folder = Directory.CreateTempSubdirectory("regional-nocontacts-").FullName;
        try
        {
            Assert.Same(ContactBook.Empty, ContactsLoader.LoadOrEmpty(folder, ContactSamples.Catalog));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
