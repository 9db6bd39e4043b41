using Regulator.Domain.Common;

namespace Regulator.Tests.Common;

public class KeysetCursorTests
{
    [Fact]
    public void Round_trips_time_and_id()
    {
        var at = new DateTime(2026, 11, 23, 7, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567);
        Assert.Equal((at, 42L), KeysetCursor.Decode(KeysetCursor.Encode(at, 42)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1.5")]
    [InlineData("999999999999999999999.1")]
    [InlineData("' OR 1=1 --")]
    public void A_tampered_cursor_means_the_first_page(string? cursor) => Assert.Null(KeysetCursor.Decode(cursor));
}
