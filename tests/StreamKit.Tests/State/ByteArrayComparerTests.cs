using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class ByteArrayComparerTests
{
    private static ByteArrayComparer CreateSut() => ByteArrayComparer.Instance;

    [Fact]
    public void Compare_HighByte_SortsAfterLowByte()
    {
        Assert.True(CreateSut().Compare(Of(0x80), Of(0x7F)) > 0);
        Assert.True(CreateSut().Compare(Of(0xFF), Of(0x00, 0x00)) > 0);
    }

    [Fact]
    public void Compare_ProperPrefix_SortsFirst()
    {
        Assert.True(CreateSut().Compare(Of(1), Of(1, 0)) < 0);
        Assert.True(CreateSut().Compare([], Of(0)) < 0);
    }

    [Fact]
    public void Compare_Null_SortsFirst()
    {
        Assert.True(CreateSut().Compare(null, []) < 0);
        Assert.Equal(0, CreateSut().Compare(null, null));
    }

    [Fact]
    public void EqualsAndHash_SameContent_AreEqual()
    {
        var sut = CreateSut();

        Assert.True(sut.Equals(Of(1, 2), Of(1, 2)));
        Assert.False(sut.Equals(Of(1, 2), Of(1, 3)));
        Assert.Equal(sut.GetHashCode(Of(1, 2)), sut.GetHashCode(Of(1, 2)));
    }
}
