using System.Text;

namespace Regulator.Domain.Reports;

/// <summary>Who was reported: the platform as the reporter named it, and the account on it.</summary>
public sealed record ReportedAccount(string? PlatformName, string? PlatformUscc, string? AccountName, string? AccountId, string? RoomId, string? Url)
{
    /// <summary>
    /// The grouping key: same platform and same account. The platform is its registry id when resolved, else the
    /// name or code as reported; the account is the most stable identifier given (account id, then room, then URL,
    /// then display name, which anyone can change). Folded to one form so case and width of characters do not split a case.
    /// </summary>
    public string CaseKey(int? platformId)
    {
        var platform = platformId is { } id ? $"p{id}" : "u:" + Fold(PlatformUscc ?? PlatformName);
        var account = AccountId is not null ? "a:" + Fold(AccountId)
            : RoomId is not null ? "r:" + Fold(RoomId)
            : Url is not null ? "w:" + Fold(Url)
            : "n:" + Fold(AccountName);
        var key = $"{platform}|{account}";
        return key.Length <= MaxCaseKeyLength ? key : key[..MaxCaseKeyLength];
    }

    public const int MaxCaseKeyLength = 400;

    /// <summary>The account as people read it in lists: the display name, else the id, room or URL.</summary>
    public string Label => AccountName ?? AccountId ?? RoomId ?? Url ?? "";

    private static string Fold(string? value) => (value ?? "").Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
}
