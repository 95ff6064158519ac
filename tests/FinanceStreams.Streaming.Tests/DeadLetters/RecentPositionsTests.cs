using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.Streaming.Tests.DeadLetters;

public sealed class RecentPositionsTests
{
    [Fact]
    public void Contains_AddedPosition_IsTrueOnlyForThatPosition()
    {
        var positions = new RecentPositions();

        positions.Add("t", 0, 5);

        Assert.True(positions.Contains("t", 0, 5));
        Assert.False(positions.Contains("t", 1, 5));
        Assert.False(positions.Contains("t", 0, 6));
        Assert.False(positions.Contains("u", 0, 5));
    }

    [Fact]
    public void Add_BeyondCapacity_ForgetsTheOldest()
    {
        var positions = new RecentPositions(capacity: 2);

        positions.Add("t", 0, 1);
        positions.Add("t", 0, 2);
        positions.Add("t", 0, 2);
        positions.Add("t", 0, 3);

        Assert.False(positions.Contains("t", 0, 1));
        Assert.True(positions.Contains("t", 0, 2));
        Assert.True(positions.Contains("t", 0, 3));
    }
}
