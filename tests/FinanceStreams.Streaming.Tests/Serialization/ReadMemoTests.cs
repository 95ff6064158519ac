using FinanceStreams.Streaming.Serialization;

namespace FinanceStreams.Streaming.Tests.Serialization;

public sealed class ReadMemoTests
{
    private static ReadMemo<string> CreateSut() => new();

    [Fact]
    public void Read_SameBufferTwice_ReadsOnceAndReturnsTheSameValue()
    {
        var memo = CreateSut();
        var reads = 0;
        var buffer = "abc"u8.ToArray();

        var first = memo.Read(buffer, b => { reads++; return Convert.ToHexString(b); });
        var second = memo.Read(buffer, b => { reads++; return Convert.ToHexString(b); });

        Assert.Equal(1, reads);
        Assert.Same(first, second);
    }

    [Fact]
    public void Read_EqualContentInAnotherBuffer_ReadsAgain()
    {
        var memo = CreateSut();
        var reads = 0;

        memo.Read("abc"u8.ToArray(), b => { reads++; return Convert.ToHexString(b); });
        var again = memo.Read("abc"u8.ToArray(), b => { reads++; return Convert.ToHexString(b); });

        Assert.Equal(2, reads);
        Assert.Equal("616263", again);
    }

    [Fact]
    public void Read_BufferReadLongAgo_ReadsAgain()
    {
        var memo = CreateSut();
        var reads = 0;
        var first = "abc"u8.ToArray();
        memo.Read(first, b => { reads++; return Convert.ToHexString(b); });
        for (var i = 0; i < ReadMemo<string>.Capacity; i++)
        {
            memo.Read([(byte)i], Convert.ToHexString);
        }

        memo.Read(first, b => { reads++; return Convert.ToHexString(b); });

        Assert.Equal(2, reads);
    }
}
