using Regulator.Domain.Common;

namespace Regulator.Tests.Common;

public class TextRulesTests
{
    [Theory]
    [InlineData("星光直播（北京）有限公司")]
    [InlineData("O'Brien & Sons, Ltd.")]
    public void Accepts_ordinary_names_and_punctuation(string name) => Assert.Null(TextRules.ValidateName(name, "名称", 100));

    [Theory]
    [InlineData("<script>alert(1)</script>", "标记字符")]
    [InlineData("name\u0000", "控制字符")]
    [InlineData("tab\there", "控制字符")]
    [InlineData("   ", "不能为空")]
    public void Refuses_markup_control_characters_and_blanks(string name, string reason) =>
        Assert.Contains(reason, TextRules.ValidateName(name, "名称", 100));
}
