using System.Text;
using FinanceStreams.Streaming.State;

namespace FinanceStreams.Streaming.Tests.State;

/// <summary>The in-memory store orders its text keys as their UTF-8 bytes order, as a byte-keyed store would.</summary>
public sealed class CodePointOrderTests
{
    [Theory]
    [InlineData("a", "b")]
    [InlineData("a", "ab")]
    [InlineData("a\u001Fz", "a\u001F\U0010FFFF")]
    [InlineData("\uFFFD", "\U0001F600")] // U+FFFD before U+1F600, although the pair's first unit (U+D83D) is below U+FFFD
    [InlineData("\uD7FF", "\uE000")]
    public void Compare_AsTheirUtf8Bytes(string lower, string higher)
    {
        Assert.True(Encoding.UTF8.GetBytes(lower).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(higher)) < 0);
        Assert.True(CodePointOrder.Instance.Compare(lower, higher) < 0);
        Assert.True(CodePointOrder.Instance.Compare(higher, lower) > 0);
        Assert.Equal(0, CodePointOrder.Instance.Compare(lower, new string(lower)));
    }
}
