using Regulator.Domain.IdentityNumbers;

namespace Regulator.Tests.IdentityNumbers;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X")] // the GB 11643 worked example
    [InlineData("440524190001010017")] // born on the first day of the accepted range
    public void Accepts_valid_numbers(string number) => Assert.Null(ResidentIdNumber.Validate(number, Today));

    [Theory]
    [InlineData("110105194912310021", "校验位")]
    [InlineData("71010519491231002X", "地址码")]
    [InlineData("99010519491231002X", "受理地省份")] // a foreign permanent resident ID reads its province from positions 2–3
    [InlineData("810105199003071234", "810000")] // a residence permit's area code is exactly 810000, 820000 or 830000
    [InlineData("440524188001010014", "早于 1900")]
    [InlineData("110105000101010017", "早于 1900")]
    [InlineData("11010519490231002X", "出生日期无效")] // 31 February
    [InlineData("110105203012310025", "晚于今天")]
    [InlineData("11010519491231002", "18 位")]
    [InlineData("1101051949123100AX", "前 17 位")]
    public void Rejects_with_a_reason(string number, string reason) => Assert.Contains(reason, ResidentIdNumber.Validate(number, Today));

    [Fact]
    public void Computes_the_check_character_by_mod_11_2() =>
        Assert.Equal('X', ResidentIdNumber.CheckCharacter("11010519491231002"));

    [Theory]
    [InlineData("2010-11-23", 16)]
    [InlineData("2010-11-24", 15)] // the birthday is tomorrow
    [InlineData("2008-02-29", 18)]
    public void Age_counts_whole_years(string birth, int age) => Assert.Equal(age, ResidentIdNumber.AgeOn(DateOnly.Parse(birth), Today));

    [Fact]
    public void Masks_all_but_the_area_code_and_the_last_four() =>
        Assert.Equal("110105********002X", ResidentIdNumber.Mask("11010519491231002X"));

    [Theory]
    [InlineData("E12345678", "E1*****78")]
    [InlineData("G123456789", "G1******89")]
    [InlineData("H1234", "*****")]
    public void Masks_at_least_half_of_a_shorter_document_number(string number, string masked) =>
        Assert.Equal(masked, ResidentIdNumber.Mask(number));
}
