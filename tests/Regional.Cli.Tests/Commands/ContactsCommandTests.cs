using Regional.Catalogs;

namespace Regional.Cli.Tests.Commands;

public sealed class ContactsCommandTests
{
    [Fact]
    public async Task TheBundledContactFileChecksCleanAndListsItsContactPoints()
    {
        var result = await Cli.RunAsync("contacts", "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("contacts.json: valid; 7 contact points", result.Output, StringComparison.Ordinal);
        Assert.Contains("panzhihua-wecom", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredSettingsWithoutValuesAreProblemsNamingTheSettingAndItsPath()
    {
        var result = await Cli.RunAsync(
            new Dictionary<string, string?> { ["Contacts:panzhihua-wecom:Url"] = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k" },
            "contacts", "check", "--require-settings");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("contacts.json $.contactPoints[0].setting: contact point 'province-office-wecom': the setting 'Contacts__province-office-wecom__Url' has no value", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'panzhihua-wecom'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContactFileNamingAnUnknownRegionIsRefusedWithFilePathAndReason()
    {
        var folder = Directory.CreateTempSubdirectory("regional-contacts-cli-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(CatalogLoader.BundledDirectory()))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var contacts = Path.Combine(folder, "contacts.json");
            File.WriteAllText(contacts, File.ReadAllText(contacts).Replace("\"510400\"", "\"519999\"", StringComparison.Ordinal));

            var result = await Cli.RunAsync("contacts", "check", "--catalog", folder);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("contacts.json $.route.routes[2].match.regions[0]: '519999' is not a region of the catalog", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
