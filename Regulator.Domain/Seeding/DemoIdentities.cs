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
        var number = first17 + ResidentIdNumber.CheckCharacter(first17);
        // A number ending in 000 needs the platform's confirmation (Excel truncation); demo data has none to give.
        if (IdentityNumberRules.MayBeExcelTruncated(number)) number = ResidentId(first17[..16] + "1");
        return number;
    }

    private static string ResidentId(string first17) => first17 + ResidentIdNumber.CheckCharacter(first17);

    /// <summary>
    /// A valid number of the given document type for tests and demo data: a residence permit (area 810000, 820000 or
    /// 830000) or a foreign permanent resident ID (9, province of issue, nationality code).
    /// </summary>
    public static string CitizenNumber(Randomizer random, IdentityDocumentType type, DateOnly birthDate, string provinceCode = "11")
    {
        var prefix = type switch
        {
            IdentityDocumentType.HkMacauTaiwanResidencePermit => random.ArrayElement(new[] { "810000", "820000", "830000" }),
            IdentityDocumentType.ForeignPermanentResidentId => $"9{provinceCode}{random.Int(4, 894):D3}",
            _ => $"{provinceCode}{random.Int(1, 20):D2}{random.Int(1, 30):D2}",
        };
        var number = ResidentId($"{prefix}{birthDate:yyyyMMdd}{random.Int(1, 999):D3}");
        return IdentityNumberRules.MayBeExcelTruncated(number) ? ResidentId(number[..16] + "1") : number;
    }

    public static string UnifiedSocialCreditCode(Randomizer random, string provinceCode)
    {
        // 9 = registered by market regulation, 1 = enterprise; then a 6-digit area code and a 9-character organisation code.
        var body = "91" + provinceCode + random.Int(1, 20).ToString("D2") + random.Int(1, 30).ToString("D2")
                   + new string(Enumerable.Range(0, 9).Select(_ => random.ArrayElement(Platforms.UnifiedSocialCreditCode.Alphabet.ToCharArray())).ToArray());
        return body + Platforms.UnifiedSocialCreditCode.CheckCharacter(body);
    }
}
