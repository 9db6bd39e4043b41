using System.Globalization;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.IdentityNumbers;

/// <summary>
/// Citizen numbers of the GB 11643-1999 family with their ISO 7064 MOD 11-2 check character: the mainland resident
/// ID (居民身份证), the residence permit of Hong Kong, Macau and Taiwan residents (港澳台居民居住证, area codes
/// 810000 / 820000 / 830000) and the foreign permanent resident ID card in its 2023 format (外国人永久居留身份证:
/// 9, two-digit province of issue, three-digit nationality code). All three keep the birth date at positions 7–14.
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// The earliest birth date taken as real: 1 January 1900. Nobody born before it holds a current card (the oldest
    /// person alive was born in 1908), so 1800 or 0001 in a number is a typing error, not an elderly publisher.
    /// </summary>
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private static readonly string[] ResidencePermitAreas = ["810000", "820000", "830000"];

    /// <summary>Which document a citizen number belongs to, read from its first characters (9 → foreign permanent resident, 81/82/83 → residence permit).</summary>
    public static IdentityDocumentType TypeOf(string number) => number switch
    {
        ['9', ..] => IdentityDocumentType.ForeignPermanentResidentId,
        ['8', '1' or '2' or '3', ..] => IdentityDocumentType.HkMacauTaiwanResidencePermit,
        _ => IdentityDocumentType.MainlandResidentId,
    };

    /// <summary>Chinese and English name of a document type, for messages and pages.</summary>
    public static string Label(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.MainlandResidentId => "居民身份证 (mainland resident ID)",
        IdentityDocumentType.HkMacauTaiwanResidencePermit => "港澳台居民居住证 (HK/Macau/Taiwan residence permit)",
        IdentityDocumentType.ForeignPermanentResidentId => "外国人永久居留身份证 (foreign permanent resident ID)",
        _ => "其他证件 (other document, reviewed by hand)",
    };

    /// <summary>Null when valid, otherwise the reason in words a clerk understands. The document type is read from the number.</summary>
    public static string? Validate(string? number, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(number)) return "身份证号码不能为空 (the identity number is required)";
        if (number.Length != 18) return "身份证号码应为 18 位 (must be 18 characters)";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(number[i])) return "身份证号码前 17 位应为数字 (the first 17 characters must be digits)";
        if (!char.IsAsciiDigit(number[17]) && number[17] != 'X') return "身份证号码校验位应为数字或 X (the check character must be a digit or X)";
        if (AreaProblem(number) is { } area) return area;
        if (BirthDate(number) is not { } birth) return "身份证号码中的出生日期无效 (the birth date is not a real date)";
        if (birth > today) return "身份证号码中的出生日期晚于今天 (the birth date is in the future)";
        if (birth < EarliestBirthDate) return $"身份证号码中的出生日期早于 {EarliestBirthDate.Year} 年，不可能是在用的证件 (the birth date is before {EarliestBirthDate.Year})";
        return CheckCharacter(number.AsSpan(0, 17)) == number[17] ? null : "身份证号码校验位错误 (check character does not match)";
    }

    /// <summary>
    /// Shaped like a citizen number of some type — 17 digits and a digit or X, a possible area or province code and a
    /// calendar date at positions 7–14 — whether or not its check character and date range hold. Such a number is
    /// explained as a personal ID even when it is wrong, never let through as a credit code that happens to check.
    /// </summary>
    public static bool IsShaped(string number) =>
        number.Length == 18
        && number.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0
        && (char.IsAsciiDigit(number[17]) || number[17] == 'X')
        && AreaProblem(number) is null
        && BirthDate(number) is not null;

    /// <summary>Positions 7–14, in every type of the family.</summary>
    public static DateOnly? BirthDate(string number) =>
        number.Length >= 14 && DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Whole years of age on a given day.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>
    /// Shown everywhere instead of the number: the area code and the last four, <c>110105********1234</c>. A shorter
    /// document number (a passport's 9 or 10 characters) keeps its first and last two at most, so at least half is hidden.
    /// </summary>
    public static string Mask(string number) => number.Length switch
    {
        >= 15 => string.Concat(number.AsSpan(0, 6), new string('*', number.Length - 10), number.AsSpan(number.Length - 4)),
        >= 8 => string.Concat(number.AsSpan(0, 2), new string('*', number.Length - 4), number.AsSpan(number.Length - 2)),
        _ => new string('*', number.Length),
    };

    // Each type reads its region from its own positions: a mainland ID's province from 1–2 (XPCC staff hold
    // Xinjiang's 65, so 66 is no area code), a residence permit's whole area code 810000/820000/830000, a foreign
    // permanent resident's province of issue from 2–3.
    private static string? AreaProblem(string number) => TypeOf(number) switch
    {
        IdentityDocumentType.HkMacauTaiwanResidencePermit when !ResidencePermitAreas.Contains(number[..6]) =>
            "港澳台居民居住证号码的地址码应为 810000、820000 或 830000 (a residence permit's area code is 810000, 820000 or 830000)",
        IdentityDocumentType.ForeignPermanentResidentId when !IsProvince(number.Substring(1, 2)) =>
            "外国人永久居留身份证号码第 2–3 位应为受理地省份代码 (positions 2–3 must be the province of issue)",
        IdentityDocumentType.MainlandResidentId when !IsProvince(number[..2]) => "身份证号码地址码无效 (unknown area code)",
        _ => null,
    };

    private static bool IsProvince(string code) => ProvinceCatalog.IsKnown(code) && code != "66";
}
