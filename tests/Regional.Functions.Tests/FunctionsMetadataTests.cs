namespace Regional.Functions.Tests;

public class FunctionsMetadataTests
{
    private static readonly FunctionsMetadata Metadata = FunctionsMetadata.Load();

    [Fact]
    public void TheHostBindsExactlyTheAppsFunctions()
    {
        Assert.Equal(
            [
                "AcknowledgeAlert", "AddSilence", "CloseAlert", "Dashboard", "DeadlineCheck", "DispatchOutbox", "EvaluateFromQueue", "GetAlert", "GetCaller", "GetOpenApi", "GetPeriodScorecard",
                "GetRanking", "GetRegionHistory", "GetRegionScorecard", "GetSubmission", "GetTargets", "GetTemplate", "Health", "IngestFromQueue", "ListAlerts",
                "ListIndicators", "ListRegions", "ListSilences", "PostSubmission", "PullDropFolder",
            ],
            Metadata.FunctionNames);
    }

    [Fact]
    public void HealthIsAnAnonymousGetOnTheHealthRoute()
    {
        var trigger = Metadata.Trigger("Health");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("health", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void TheDashboardIsAnAnonymousGetOfEveryFileUnderItsRoute()
    {
        var trigger = Metadata.Trigger("Dashboard");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("dashboard/{*file}", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("IngestFromQueue", "%IngestQueueName%")]
    [InlineData("EvaluateFromQueue", "%EvaluateQueueName%")]
    public void QueueFunctionsBindTheirQueueSettingOnTheRegionalStorageConnection(string function, string queueExpression)
    {
        var trigger = Metadata.Trigger(function);

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(queueExpression, trigger.GetProperty("queueName").GetString());
        Assert.Equal("RegionalStorage", trigger.GetProperty("connection").GetString());

        // The message arrives as a QueueMessage (with its dequeue count), which the last-try check needs.
        Assert.Equal("True", trigger.GetProperty("properties").GetProperty("supportsDeferredBinding").GetString());
    }

    [Theory]
    [InlineData("PullDropFolder", "%PullSchedule%")]
    [InlineData("DeadlineCheck", "%DeadlineSchedule%")]
    [InlineData("DispatchOutbox", "%DispatchSchedule%")]
    public void TimerFunctionsTakeTheirScheduleFromSettings(string function, string scheduleExpression)
    {
        var trigger = Metadata.Trigger(function);

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(scheduleExpression, trigger.GetProperty("schedule").GetString());
    }
}
