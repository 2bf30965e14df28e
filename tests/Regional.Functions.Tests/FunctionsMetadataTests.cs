namespace Regional.Functions.Tests;

public class FunctionsMetadataTests
{
    [Fact]
    public void HealthIsAnAnonymousGetOnTheHealthRoute()
    {
        var trigger = FunctionsMetadata.Load().Trigger("Health");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("health", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }
}
