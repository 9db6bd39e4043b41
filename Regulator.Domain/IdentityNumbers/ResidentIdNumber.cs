using System.Globalization;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.IdentityNumbers;

/// <summary>Resident identity number (居民身份证号码, GB 11643-1999) with its ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when valid, otherwise the reason in words a clerk understands.</summary>
    public static string? Validate(string? number, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(number)) return "身份证号码不能为空 (the identity number is required)";
        if (number.Length != 18) return "身份证号码应为 18 位 (must be 18 characters)";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(number[i])) return "身份证号码前 17 位应为数字 (the first 17 characters must be digits)";
        if (!char.IsAsciiDigit(number[17]) && number[17] != 'X') return "身份证号码校验位应为数字或 X (the check character must be a digit or X)";
        if (!ProvinceCatalog.IsKnown(number[..2]) || number[..2] == "66") return "身份证号码地址码无效 (unknown area code)";
        if (BirthDate(number) is not { } birth) return "身份证号码中的出生日期无效 (the birth date is not a real date)";
        if (birth > today) return "身份证号码中的出生日期晚于今天 (the birth date is in the future)";
        return CheckCharacter(number.AsSpan(0, 17)) == number[17] ? null : "身份证号码校验位错误 (check character does not match)";
    }

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

    /// <summary>Shown everywhere instead of the number: the area code and the last four, <c>110105********1234</c>.</summary>
    public static string Mask(string number) =>
        number.Length < 10 ? new string('*', number.Length) : string.Concat(number.AsSpan(0, 6), new string('*', number.Length - 10), number.AsSpan(number.Length - 4));
}
