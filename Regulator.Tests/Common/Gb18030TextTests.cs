using System.Text;
using Regulator.Domain.Common;

namespace Regulator.Tests.Common;

/// <summary>GBK / GB 18030 as Chinese Windows writes it, read as the WHATWG gb18030 decoder with GB 18030-2022's mappings does.</summary>
public class Gb18030TextTests
{
    static Gb18030TextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Byte_0x80_is_the_euro_sign_of_code_page_936()
    {
        // "价格€5" in code page 936: 价 BCDB, 格 B8F1, € 80.
        Assert.Equal("价格€5", Gb18030Text.Decode([0xBC, 0xDB, 0xB8, 0xF1, 0x80, 0x35]));
        Assert.Equal(("价格€5", "GB18030"), CsvTextDecoder.Decode([0xBC, 0xDB, 0xB8, 0xF1, 0x80, 0x35]));
    }

    [Theory]
    [InlineData(0xFE, 0x51, "\U00020087")] // 𠂇, private use U+E816 in GB 18030-2005
    [InlineData(0xFE, 0x59, "\u9FB4")]
    [InlineData(0xFE, 0xA0, "\u9FBB")]
    [InlineData(0xA6, 0xD9, "\uFE10")] // vertical comma
    [InlineData(0xA6, 0xDA, "\uFE12")]
    [InlineData(0xA6, 0xDB, "\uFE11")]
    [InlineData(0xA8, 0xBC, "\u1E3F")]
    public void Codes_moved_out_of_the_private_use_area_decode_to_their_characters(byte lead, byte trail, string expected)
    {
        Assert.Equal("李" + expected + "A", Gb18030Text.Decode([0xC0, 0xEE, lead, trail, 0x41]));
        // .NET's own code page 54936 still gives a private-use code point for these: the reason for the table.
        Assert.NotEqual(expected, Encoding.GetEncoding(54936).GetString([lead, trail]));
    }

    [Fact]
    public void Four_byte_sequences_and_ordinary_text_pass_through()
    {
        var gb = Encoding.GetEncoding(54936);
        const string text = "张三,𠀀,\u20AC,买买提·艾力";
        Assert.Equal(text, Gb18030Text.Decode(gb.GetBytes(text)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0x41 })]
    [InlineData(new byte[] { 0xC0 })] // a lead byte at the end
    [InlineData(new byte[] { 0x81, 0x30, 0x81 })] // a cut four-byte sequence
    public void Bytes_that_are_no_GB_18030_leave_the_text_unreadable(byte[] bytes) => Assert.Null(Gb18030Text.Decode(bytes));
}
