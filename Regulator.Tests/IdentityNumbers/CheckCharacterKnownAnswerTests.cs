using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;

namespace Regulator.Tests.IdentityNumbers;

/// <summary>
/// Known answers for both check algorithms, written out here and never computed by the code under test. The
/// worked numbers have a non-zero digit at every one of their first 17 positions, so a wrong weight anywhere
/// changes the sum; the eleven resident numbers end in each check character 0–9 and X once, so a wrong entry in
/// the remainder map fails one of them. Sums were worked by hand (and re-checked with a separate script).
/// </summary>
public class CheckCharacterKnownAnswerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    // GB 11643 / ISO 7064 MOD 11-2: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; remainder 0…10 → 1 0 X 9 8 7 6 5 4 3 2.
    // Hebei 131124, born 1987-11-23; only the sequence (positions 15–17) differs between them.
    [Theory]
    [InlineData("131124198711231140")] // Σ = 232, 232 mod 11 = 1 → 0
    [InlineData("131124198711231191")] // Σ = 242, mod 11 = 0 → 1
    [InlineData("131124198711231132")] // Σ = 230, mod 11 = 10 → 2
    [InlineData("131124198711231183")] // Σ = 240, mod 11 = 9 → 3
    [InlineData("131124198711231124")] // Σ = 228, mod 11 = 8 → 4
    [InlineData("131124198711231175")] // Σ = 238, mod 11 = 7 → 5
    [InlineData("131124198711231116")] // Σ = 226, mod 11 = 6 → 6
    [InlineData("131124198711231167")] // Σ = 236, mod 11 = 5 → 7
    [InlineData("131124198711231298")] // Σ = 246, mod 11 = 4 → 8
    [InlineData("131124198711231159")] // Σ = 234, mod 11 = 3 → 9
    [InlineData("13112419871123128X")] // Σ = 244, mod 11 = 2 → X
    [InlineData("11010519491231002X")] // GB 11643-1999's own example: Σ = 167, mod 11 = 2 → X
    [InlineData("810000198803172568")] // Hong Kong resident's permit: Σ = 268, mod 11 = 4 → 8
    [InlineData("820000199112254376")] // Macau: Σ = 270, mod 11 = 6 → 6
    [InlineData("830000197608143891")] // Taiwan: Σ = 330, mod 11 = 0 → 1
    [InlineData("810000199003071237")] // issue 17's example permit: Σ = 214, mod 11 = 5 → 7
    [InlineData("91184019850312001X")] // foreign permanent resident, Beijing, nationality 840: Σ = 277, mod 11 = 2 → X (issue 17's example)
    [InlineData("944156199207263185")] // foreign permanent resident, Guangdong, nationality code 156: Σ = 436, mod 11 = 7 → 5
    public void Citizen_numbers_check_as_worked_by_hand(string number)
    {
        Assert.Null(ResidentIdNumber.Validate(number, Today));
        Assert.Equal(number[17], ResidentIdNumber.CheckCharacter(number.AsSpan(0, 17)));
    }

    [Fact]
    public void Every_check_character_is_covered()
    {
        string[] numbers = ["131124198711231140", "131124198711231191", "131124198711231132", "131124198711231183", "131124198711231124", "131124198711231175",
            "131124198711231116", "131124198711231167", "131124198711231298", "131124198711231159", "13112419871123128X"];
        Assert.Equal("0123456789X", string.Concat(numbers.Select(n => n[17]).Order()));
        Assert.All(numbers, n => Assert.DoesNotContain('0', n[..17]));
    }

    // GB 32100-2015 MOD 31: alphabet 0–9 A–H J–N P–R T U W–Y (values 0–30); weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
    // check = value (31 − Σ mod 31) mod 31. Letters and non-zero characters at positions 3–8, where the area code usually sits.
    [Theory]
    [InlineData("91350100M000100Y43")] // the example printed with GB 32100-2015: Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3 → 3
    [InlineData("91ABCDEFGHJKLMNPQ8")] // Σ = 5200, mod 31 = 23, 31 − 23 = 8 → 8
    [InlineData("93KLMNPQRT1234567D")] // Σ = 4327, mod 31 = 18, 31 − 18 = 13 → D
    [InlineData("5Y1X2W3U4T5R6Q7P81")] // Σ = 5052, mod 31 = 30, 31 − 30 = 1 → 1
    [InlineData("12HJKL3456789ABCD6")] // Σ = 3342, mod 31 = 25, 31 − 25 = 6 → 6
    [InlineData("Y1QRTUWX98765432AF")] // Σ = 4232, mod 31 = 16, 31 − 16 = 15 → F
    public void Credit_codes_check_as_worked_by_hand(string code)
    {
        Assert.Null(UnifiedSocialCreditCode.Validate(code));
        Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
    }
}
