using Bogus;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Seeding;

/// <summary>Generates identity numbers with valid check characters for demo data and tests.</summary>
public static class DemoIdentities
{
    // District codes that exist under each province prefix are not needed: the rules check the province part.
    public static string ResidentId(Randomizer random, string provinceCode, DateOnly birthDate)
    {
        var first17 = $"{provinceCode}{random.Int(1, 20):D2}{random.Int(1, 30):D2}{birthDate:yyyyMMdd}{random.Int(0, 999):D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static string UnifiedSocialCreditCode(Randomizer random, string provinceCode)
    {
        // 9 = registered by market regulation, 1 = enterprise; then a 6-digit area code and a 9-character organisation code.
        var body = "91" + provinceCode + random.Int(1, 20).ToString("D2") + random.Int(1, 30).ToString("D2")
                   + new string(Enumerable.Range(0, 9).Select(_ => random.ArrayElement(Platforms.UnifiedSocialCreditCode.Alphabet.ToCharArray())).ToArray());
        return body + Platforms.UnifiedSocialCreditCode.CheckCharacter(body);
    }
}
