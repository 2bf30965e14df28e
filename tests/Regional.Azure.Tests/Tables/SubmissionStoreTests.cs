using Regional.Submissions;
using System.Collections.Immutable;
using Azure.Data.Tables;
using Regional.Azure.Tables;
using Regional.Storage;

namespace Regional.Azure.Tests.Tables;

public sealed class SubmissionStoreTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private ISubmissionStore Store => Storage.Get<ISubmissionStore>();

    [Fact]
    public async Task SubmissionWithFiveThousandProblemsRoundTrips()
    {
        var problems = Enumerable.Range(1, 5000)
            .Select(i => new SubmissionProblem(i, i % 3 == 0 ? null : "value", $"range-{i % 7}", $"Line {i}: value {i * 1.5} is outside the plausible range 0–100 (成都市)."))
            .ToImmutableArray();
        var submission = Submission("chengdu-2025-Q3-001", SubmissionStatus.Rejected, problems);

        await Store.RecordAsync(submission);
        var read = await Store.GetAsync(submission.Id);

        Assert.NotNull(read);
        Assert.Equal(StorageJson.Serialize(submission), StorageJson.Serialize(read));
        Assert.Equal(5000, read.Problems.Length);
    }

    [Fact]
    public async Task RecordingAgainReplacesTheRecordAndDropsProblemRowsNoLongerNeeded()
    {
        var problems = Enumerable.Range(1, 5000).Select(i => new SubmissionProblem(i, "value", "range", new string('x', 200))).ToImmutableArray();
        await Store.RecordAsync(Submission("zigong-001", SubmissionStatus.Rejected, problems));

        var accepted = Submission("zigong-001", SubmissionStatus.Processed, [new SubmissionProblem(null, null, "late", "Submitted after the deadline.")]);
        await Store.RecordAsync(accepted);
        var read = await Store.GetAsync("zigong-001");
        var rows = Storage.Table(Storage.Options.SubmissionsTable).QueryAsync<TableEntity>(select: ["RowKey"]);

        Assert.Equal(StorageJson.Serialize(accepted), StorageJson.Serialize(read));
        Assert.Equal(["header", "problems|0000"], (await rows.ToListAsync()).Select(r => r.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SubmissionsOfADayAreListedOldestFirst()
    {
        var day = new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero);
        await Store.RecordAsync(Submission("late", SubmissionStatus.Accepted, [], day.AddHours(20)));
        await Store.RecordAsync(Submission("early", SubmissionStatus.Received, [], day.AddHours(1)));
        await Store.RecordAsync(Submission("next-day", SubmissionStatus.Received, [], day.AddDays(1)));
        await Store.RecordAsync(Submission("previous-day-in-utc", SubmissionStatus.Received, [], new DateTimeOffset(2025, 10, 20, 7, 0, 0, TimeSpan.FromHours(8))));

        var listed = await Store.ListByDayAsync(new DateOnly(2025, 10, 20));

        Assert.Equal(["early", "late"], listed.Select(s => s.Id));
        Assert.Equal(SubmissionStatus.Accepted, listed[1].Status);
    }

    [Fact]
    public async Task UnknownSubmissionIsNull()
    {
        await Store.RecordAsync(Submission("known", SubmissionStatus.Received, []));

        Assert.Null(await Store.GetAsync("unknown"));
        Assert.Null(await Store.GetAsync("x' or PartitionKey ne '"));
    }

    [Fact]
    public async Task ASourceLongerThanATablePropertyHoldsIsStoredCutAndTheRecordIsKept()
    {
        // A source of 40,000 characters is 80,000 bytes in UTF-16, more than the 64 KiB a property may hold.
        var submission = Submission("510100:long-source", SubmissionStatus.Rejected, [new SubmissionProblem(1, "$.source", "invalid-source", "too long")]) with
        {
            Source = new string('s', 40_000),
        };

        await Store.RecordAsync(submission);
        var read = await Store.GetAsync(submission.Id);
        var listed = await Store.ListByDayAsync(DateOnly.FromDateTime(submission.ReceivedAt.UtcDateTime));

        Assert.NotNull(read);
        Assert.Equal(SubmissionEntities.MaxTextLength, read.Source.Length);
        Assert.StartsWith(new string('s', 100), read.Source, StringComparison.Ordinal);
        Assert.EndsWith("…", read.Source, StringComparison.Ordinal);
        Assert.Equal(read.Source, Assert.Single(listed).Source);
    }

    private static SubmissionRecord Submission(string id, SubmissionStatus status, ImmutableArray<SubmissionProblem> problems, DateTimeOffset? receivedAt = null) =>
        new(
            id,
            receivedAt ?? new DateTimeOffset(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8)),
            "Municipal Bureau of Statistics",
            "regional.submission/v1",
            "sha256/" + new string('a', 64),
            status,
            new SubmissionCounts(120, 120 - problems.Length, problems.Length),
            problems);
}
