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

    // Invisible characters by Unicode category (format, Hangul fillers), not by a hand-made list.
    [Theory]
    [InlineData("\u200B")] // zero width space alone
    [InlineData("\u2060\u2060")] // word joiner
    [InlineData("\u3164")] // Hangul filler
    [InlineData("\u00AD")] // soft hyphen
    [InlineData("\U000E0041\U000E0042")] // tag characters
    [InlineData("张\uFEFF三")] // a byte-order mark inside
    [InlineData("张\u200B三")]
    [InlineData("\u202E三张")] // right-to-left override
    [InlineData("张\u2028三")] // line separator
    public void Refuses_names_with_invisible_or_formatting_characters(string name) =>
        Assert.NotNull(TextRules.ValidateName(name, "名称", 100));

    [Fact]
    public void Names_the_invisible_character()
    {
        var problem = TextRules.ValidateName("张\u200B三", "名称", 100)!;
        Assert.Contains("U+200B", problem);
        Assert.Contains("零宽空格", problem);
    }

    [Fact]
    public void Each_language_names_the_field_and_the_character_in_its_own_words()
    {
        // A page shows one half of "中文 (English)"; neither half may carry the other language.
        var invisible = TextRules.ValidateName("张\u200B三", "名称", 100)!;
        var open = invisible.IndexOf(" (", StringComparison.Ordinal);
        Assert.EndsWith("U+200B 零宽空格", invisible[..open]);
        Assert.Equal("invisible or formatting characters are not allowed: U+200B zero width space", invisible[(open + 2)..^1]);
        Assert.Equal("名称不能为空 (this field is required)", TextRules.ValidateName(" ", "名称", 100));
    }

    [Theory]
    [InlineData("买买提·艾力")]
    [InlineData("小主播🎉")]
    [InlineData("一家👨\u200D👩\u200D👧")] // a zero-width joiner inside one emoji
    [InlineData("谁是卧底?")] // a display name may ask
    public void Accepts_middle_dots_emoji_and_question_marks_in_display_names(string name) => Assert.Null(TextRules.ValidateName(name, "显示名称", 100));

    [Theory]
    [InlineData("李??", true)] // what Excel's "CSV" writes for a rare character
    [InlineData("李\uFFFD", false)]
    [InlineData("李\uE816", false)] // private use
    [InlineData("李\U000F0001", false)] // supplementary private use
    public void Refuses_characters_lost_before_upload_and_says_how_to_save(string name, bool onlyInRealNames)
    {
        Assert.Contains("CSV UTF-8", TextRules.LostCharacters(name, "真实姓名", realName: true));
        Assert.Equal(onlyInRealNames, TextRules.LostCharacters(name, "显示名称", realName: false) is null);
    }

    [Theory]
    [InlineData("买买提•艾力")] // U+2022 bullet
    [InlineData("买买提‧艾力")] // U+2027 hyphenation point
    [InlineData("买买提・艾力")] // U+30FB Katakana middle dot
    [InlineData("买买提･艾力")] // U+FF65 half width
    [InlineData("买买提∙艾力")] // U+2219 bullet operator
    [InlineData("买买提⋅艾力")] // U+22C5 dot operator
    [InlineData("买买提·艾力")] // U+0387 Greek ano teleia
    public void Folds_look_alikes_of_the_middle_dot(string typed) => Assert.Equal("买买提\u00B7艾力", TextRules.FoldMiddleDots(typed));
}
