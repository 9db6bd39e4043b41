using System.Text.RegularExpressions;
using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Reports;

/// <summary>
/// One report as the intake contract (docs/report-intake.md) carries it, before it is checked. The same fields
/// arrive by push, JSON Lines and CSV, so the rules are written once, here.
/// </summary>
public sealed partial record ReportDraft(
    string? Id,
    DateTimeOffset? ReceivedAt,
    string? PlatformName,
    string? PlatformUscc,
    string? AccountName,
    string? AccountId,
    string? RoomId,
    string? Url,
    string? Category,
    string? Description,
    IReadOnlyList<string>? Evidence,
    bool? MinorInvolved,
    string? ReporterContact)
{
    public const int MaxEvidenceLinks = 20;

    // Reports stamped further ahead than this are refused: a clock that wrong would corrupt deadlines and grouping.
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The reported account, the platform's credit code in its canonical form (<see cref="CanonicalNumber"/>: hidden characters out, upper case) so it matches the registry however it was typed.</summary>
    public ReportedAccount Account => new(Blank(PlatformName), Blank(CanonicalNumber.Of(PlatformUscc).Value), Blank(AccountName), Blank(AccountId), Blank(RoomId), Blank(Url));

    /// <summary>Field (as named in the contract) → reason, empty when the report can be stored.</summary>
    public Dictionary<string, string> Validate(Func<string, bool> isActiveCategory, DateTime nowUtc)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Id)) errors["id"] = "举报编号不能为空 (id is required)";
        else if (Id.Length > 64 || Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')))
            errors["id"] = "举报编号只能包含字母、数字和 - _ . :，最长 64 位 (id: at most 64 of A-Z a-z 0-9 - _ . :)";
        // An id is echoed in every answer and stored in clear: one shaped like an identity number would leak it (issue #16).
        else if (IdentityScrubber.ContainsIdentityShaped(Id)) errors["id"] = "举报编号不能是身份证号码 (id must not be shaped like an identity number)";
        if (ReceivedAt is not { } received) errors["receivedAt"] = "缺少受理时间 (receivedAt is required)";
        else if (received.UtcDateTime > nowUtc + ClockTolerance) errors["receivedAt"] = "受理时间晚于当前时间 (receivedAt is in the future)";
        else if (received.Year < 2000) errors["receivedAt"] = "受理时间无效 (receivedAt is implausibly old)";

        var account = Account;
        if (account.PlatformName is null && account.PlatformUscc is null) errors["platformName"] = "请提供被举报平台名称或统一社会信用代码 (platformName or platformUscc is required)";
        Check(errors, "platformName", account.PlatformName, 200);
        if (account.PlatformUscc is not null
            && IdentityNumberRules.ForOrganization(CanonicalNumber.Of(PlatformUscc), DateOnly.FromDateTime(ChinaTime.FromUtc(nowUtc).DateTime), confirmed: true) is { } usccError)
            errors["platformUscc"] = usccError.Message;
        if (account.AccountName is null && account.AccountId is null && account.RoomId is null && account.Url is null)
            errors["accountName"] = "请提供被举报账号名称、账号编号、直播间号或链接之一 (one of accountName, accountId, roomId, url is required)";
        Check(errors, "accountName", account.AccountName, 200);
        Check(errors, "accountId", account.AccountId, 100);
        Check(errors, "roomId", account.RoomId, 100);
        if (account.Url is { } url && !IsWebLink(url)) errors["url"] = "链接必须是 http(s) 地址，最长 1000 字符 (url must be an http(s) URL of at most 1000 characters)";

        if (string.IsNullOrWhiteSpace(Category)) errors["category"] = "缺少举报类别 (category is required)";
        else if (!isActiveCategory(Category.Trim())) errors["category"] = "未知或已停用的举报类别 (unknown or retired category code)";
        if (string.IsNullOrWhiteSpace(Description)) errors["description"] = "举报内容不能为空 (description is required)";
        else Check(errors, "description", Description, 4000, allowLineBreaks: true);
        if (Evidence is { Count: > MaxEvidenceLinks }) errors["evidence"] = $"证据链接最多 {MaxEvidenceLinks} 个 (at most {MaxEvidenceLinks} evidence links)";
        else if (Evidence?.FirstOrDefault(e => !IsWebLink(e)) is { } bad) errors["evidence"] = $"证据链接无效 (not an http(s) URL): {Clip(bad)}";
        Check(errors, "reporterContact", Blank(ReporterContact), 100, textual: false);
        return errors;
    }

    /// <summary>
    /// Length and control characters for every field; for the names, ids and the description (<paramref name="textual"/>)
    /// also markup and a leading formula sign. Reports come from files people edit in spreadsheets and are shown in the
    /// portal and exported back to spreadsheets: a "&lt;script&gt;" or "=HYPERLINK(…)" is not what a reporter wrote. A
    /// phone number may start with "+", so the contact is not textual.
    /// </summary>
    private static void Check(Dictionary<string, string> errors, string field, string? value, int maxLength, bool allowLineBreaks = false, bool textual = true)
    {
        if (value is null) return;
        if (value.Length > maxLength) errors[field] = $"{field} 超过 {maxLength} 个字符 (at most {maxLength} characters)";
        else if (value.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')))
            errors[field] = $"{field} 含有控制字符 (control characters are not allowed)";
        else if (textual && value.TrimStart() is [ '=' or '+' or '@', ..])
            errors[field] = $"{field} 不能以 = + @ 开头，表格软件会把它当作公式 (must not start with = + @, which a spreadsheet runs as a formula)";
        else if (textual && Markup().IsMatch(value))
            errors[field] = $"{field} 不能包含 HTML 标记 (markup such as <tag> is not allowed)";
    }

    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex Markup();

    private static bool IsWebLink(string value) =>
        value.Length <= 1000 && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    // Echoes of bad input are clipped: the response must not become a way to reflect large payloads.
    private static string Clip(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
