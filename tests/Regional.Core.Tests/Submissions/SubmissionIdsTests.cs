using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class SubmissionIdsTests
{
    [Theory]
    [InlineData("chengdu-2025-Q3-001")]
    [InlineData("queue-0123456789abcdef")]
    [InlineData("a.b:c_d-e")]
    public void IdsOfTheAllowedCharactersAreValid(string id)
    {
        Assert.True(SubmissionIds.IsValid(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("chengdu 2025")]
    [InlineData("chengdu-2025\n")]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("a/b")]
    public void IdsWithOtherCharactersOrATrailingNewlineAreNot(string id)
    {
        Assert.False(SubmissionIds.IsValid(id));
    }

    [Fact]
    public void IdsLongerThan128CharactersAreNot()
    {
        Assert.True(SubmissionIds.IsValid(new string('a', 128)));
        Assert.False(SubmissionIds.IsValid(new string('a', 129)));
    }
}
