using Azure.Data.Tables;
using Regional.Azure.Tables;

namespace Regional.Azure.Tests.Tables;

public sealed class TableBatchesTests
{
    [Fact]
    public void WritesAreGroupedByPartitionInTransactionsOfAtMostAHundred()
    {
        var actions = Rows("a", 250).Concat(Rows("b", 30)).Concat(Rows("a", 1, start: 250)).ToList();

        var batches = TableBatches.Plan(actions);

        Assert.Equal([("a", 100), ("a", 100), ("a", 51), ("b", 30)], batches.Select(b => (b[0].Entity.PartitionKey, b.Count)));
        Assert.All(batches, b => Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.Equal(actions.Select(a => a.Entity.RowKey).Order(), batches.SelectMany(b => b).Select(a => a.Entity.RowKey).Order());
    }

    [Fact]
    public void LargeEntitiesAreSplitSoATransactionStaysUnderThePayloadLimit()
    {
        var actions = Enumerable.Range(0, 10)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}") { ["Json0"] = new string('x', 300_000) }))
            .ToList();

        var batches = TableBatches.Plan(actions);

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(b.Sum(a => TableBatches.EstimateBytes(a.Entity)) <= TableBatches.MaxEstimatedBytes));
    }

    [Fact]
    public void OrderInsideAPartitionIsKept()
    {
        var actions = Rows("p", 5).Reverse().ToList();

        var batch = Assert.Single(TableBatches.Plan(actions));

        Assert.Equal(actions.Select(a => a.Entity.RowKey), batch.Select(a => a.Entity.RowKey));
    }

    [Fact]
    public void TheSameRowTwiceInOneTransactionIsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => TableBatches.Plan([.. Rows("p", 2), .. Rows("p", 1)]));
    }

    [Fact]
    public void AGroupIsNeverSplitBetweenTransactions()
    {
        var first = new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "first"));
        var pairs = Rows("p", 140).Chunk(2).Select(pair => (IReadOnlyList<TableTransactionAction>)pair);

        var batches = TableBatches.PlanGroups(pairs.Prepend([first]));

        Assert.Equal([99, 42], batches.Select(b => b.Count));
        Assert.All(batches.Skip(1), b => Assert.Equal(0, int.Parse(b[0].Entity.RowKey[1..], System.Globalization.CultureInfo.InvariantCulture) % 2));
    }

    private static IEnumerable<TableTransactionAction> Rows(string partition, int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"r{i:D4}") { ["Value"] = i }));
}
