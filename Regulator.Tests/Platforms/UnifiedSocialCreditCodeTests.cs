using Regulator.Domain.Platforms;

namespace Regulator.Tests.Platforms;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // published example codes with valid check characters
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")]
    public void Accepts_codes_whose_check_character_matches(string code) => Assert.Null(UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("91350100M000100Y4", "18 位")]
    [InlineData("91350100I000100Y43", "不允许的字符")] // I is not in the GB 32100 alphabet
    [InlineData("", "不能为空")]
    public void Rejects_with_a_reason_a_clerk_understands(string code, string reason) =>
        Assert.Contains(reason, UnifiedSocialCreditCode.Validate(code));

    [Fact]
    public void Every_single_character_change_in_the_body_is_caught()
    {
        const string valid = "91350100M000100Y43";
        foreach (var position in Enumerable.Range(0, 17))
        foreach (var c in UnifiedSocialCreditCode.Alphabet.Where(c => c != valid[position]))
        {
            var changed = valid[..position] + c + valid[(position + 1)..];
            Assert.False(UnifiedSocialCreditCode.IsValid(changed), changed);
        }
    }
}
