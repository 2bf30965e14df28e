using System.Text.RegularExpressions;
using Azure.Storage.Queues;

namespace Regional.Cli.Tests.Storage;

public sealed class AlertCommandsTests
{
    [Fact]
    public async Task DemoSendsItsNotificationsOnceAndItsAlertsCanBeShownAcknowledgedAndClosed()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        var first = await storage.RunAsync("demo");
        var second = await storage.RunAsync("demo");

        Assert.True(first.ExitCode == 0, first.ToString());
        var sent = int.Parse(Regex.Match(first.Output, @"Sent (\d+) notifications over Storage queue").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(sent > 0, first.Output);
        Assert.Contains("Notifications sent", first.Output, StringComparison.Ordinal);
        Assert.Contains("summary", first.Output, StringComparison.Ordinal);
        var queued = (await new QueueClient(storage.Connection, storage.Settings["Alerts:Queue"]).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        Assert.Equal(sent, queued);
        Assert.Contains("Sent 0 notifications", second.Output, StringComparison.Ordinal);
        Assert.Contains("Pending notifications: none", (await storage.RunAsync("outbox")).Output, StringComparison.Ordinal);

        var firing = await storage.RunAsync("alerts", "--status", "all");
        var id = Regex.Match(firing.Output, @"\b(\d{6})\.growth-target\.[a-z_]+\.\d{4}-Q\d").Value;
        Assert.False(string.IsNullOrEmpty(id), firing.Output);
        var region = id[..6];
        var ack = await storage.RunAsync("alerts", "ack", id, "--note", "two projects delayed", "--owner", "County DRC", "--due", "2026-03-31");
        var shown = await storage.RunAsync("alerts", "show", id);
        var close = await storage.RunAsync("alerts", "close", id, "--note", "discussed at the governor's meeting");
        var ackAfterClose = await storage.RunAsync("alerts", "ack", id, "--note", "again", "--owner", "x");
        var unknown = await storage.RunAsync("alerts", "show", "510400.no-such-rule.-.2025-Q1");

        Assert.True(ack.ExitCode == 0, ack.ToString());
        Assert.Contains("acknowledged by County DRC, due 2026-03-31", shown.Output, StringComparison.Ordinal);
        Assert.Contains("History", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Acknowledged", shown.Output, StringComparison.Ordinal);
        Assert.Contains("notified", shown.Output, StringComparison.Ordinal);
        Assert.Equal(0, close.ExitCode);
        Assert.Equal(ExitCodes.BadInput, ackAfterClose.ExitCode);
        Assert.Contains("is closed", ackAfterClose.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.Contains("closed (County DRC)", (await storage.RunAsync("alerts", "--status", "all", "--region", region)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilencesAreAddedListedAndExpired()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        var added = await storage.RunAsync("silences", "add", "--region", "510400", "--rule", "growth-target", "--severity", "major", "--hours", "6", "--author", "duty desk", "--reason", "figures under review");
        var id = Regex.Match(added.Output, @"s-\d{14}-[0-9a-f]{6}").Value;
        var listed = await storage.RunAsync("silences", "list");
        var expired = await storage.RunAsync("silences", "expire", id);
        var listedAfter = await storage.RunAsync("silences", "list");
        var everything = await storage.RunAsync("silences", "add", "--hours", "1", "--author", "a", "--reason", "r");
        var unknownRegion = await storage.RunAsync("silences", "add", "--region", "999999", "--hours", "1", "--author", "a", "--reason", "r");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Contains("region 510400, rule growth-target, severity major", listed.Output, StringComparison.Ordinal);
        Assert.Contains("active", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, expired.ExitCode);
        Assert.Contains("expired", listedAfter.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, everything.ExitCode);
        Assert.Contains("a silence of everything is refused", everything.Error, StringComparison.Ordinal);
        Assert.Contains("unknown region '999999'", unknownRegion.Error, StringComparison.Ordinal);
    }
}
