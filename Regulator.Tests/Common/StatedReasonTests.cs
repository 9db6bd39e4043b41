using Regulator.Domain.Common;

namespace Regulator.Tests.Common;

/// <summary>The one rule for a stated reason (filings, blacklist, reveals, spot-check redraws, credit steps, platform measures).</summary>
public class StatedReasonTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void A_missing_or_blank_reason_is_refused_in_the_readers_words(string? reason)
    {
        Assert.Equal(StatedReason.Required, StatedReason.Check(reason, out var text));
        Assert.Equal("", text);
    }

    [Theory]
    [InlineData("无")] // one character is a reason; the spot checks' old four-character minimum is gone
    [InlineData("被抽中的平台已注销，依规重新抽取")]
    [InlineData("第一，事实清楚。\n第二，证据充分。\r\n第三，程序合法。")] // several lines, as typed into a text area
    public void A_reason_of_one_character_or_several_lines_is_accepted_and_kept_trimmed(string reason)
    {
        Assert.Null(StatedReason.Check("  " + reason + "  ", out var text));
        Assert.Equal(reason, text);
    }

    [Fact]
    public void A_reason_is_at_most_1000_characters()
    {
        Assert.Null(StatedReason.Check(new string('理', StatedReason.MaxLength), out _));
        Assert.Contains("1000", StatedReason.Check(new string('理', StatedReason.MaxLength + 1), out _));
    }

    [Theory]
    [InlineData("<b>重要</b>", "标记字符")]
    [InlineData("理由\u0000", "控制字符")]
    [InlineData("理\u200B由", "不可见字符")]
    public void Markup_control_and_invisible_characters_are_refused(string reason, string expected) =>
        Assert.Contains(expected, StatedReason.Check(reason, out _));

    [Fact]
    public void An_identity_number_typed_into_a_reason_is_masked_before_it_is_kept()
    {
        Assert.Null(StatedReason.Check("核对身份证 110105197001011234 后确认", out var text));
        Assert.DoesNotContain("110105197001011234", text);
        Assert.Contains("1234", text);
    }
}
