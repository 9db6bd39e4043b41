namespace Regulator.Domain.Platforms;

/// <summary>Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, MOD 31 check character.</summary>
public static class UnifiedSocialCreditCode
{
    // The GB 32100 alphabet leaves out I, O, S, V and Z; a character's value is its index here.
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>Null when valid, otherwise the reason in words a clerk understands.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "统一社会信用代码不能为空 (the unified social credit code is required)";
        if (code.Length != 18) return "统一社会信用代码应为 18 位 (must be 18 characters)";
        foreach (var c in code)
            if (Alphabet.IndexOf(c) < 0) return $"统一社会信用代码含有不允许的字符 '{c}' (character not allowed)";
        return CheckCharacter(code.AsSpan(0, 17)) == code[17] ? null : "统一社会信用代码校验位错误 (check character does not match)";
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
