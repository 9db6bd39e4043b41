using Regulator.Domain.Protection;

namespace Regulator.Domain.Common;

/// <summary>
/// The one rule for a stated reason: the "why" an official gives for a step that affects someone else — a filing
/// returned or rejected, a blacklist entry confirmed, declined, lifted or revealed, an identity or a reporter's
/// contact revealed, a spot-check redrawn, an untrustworthy-entity decision or credit repair decided, a rating
/// model published — and the reason a platform gives for a measure it took. Source rule: a decision that restricts
/// a person states its grounds (行政处罚法 Art. 44 and 62; 行政许可法 Art. 38; 《网络主播信用评价管理办法》 on listing and
/// repair), and every reveal of personal information is justified and audited (个人信息保护法 Art. 6, domain rules).
/// </summary>
/// <remarks>
/// Before this rule there were copies that had drifted apart: filings refused line breaks, the blacklist allowed
/// them, spot checks wanted at least four characters and cut at 1,000, credit steps only refused a blank reason and
/// platform measures allowed 1,000 characters. What a clerk expects, and what is kept here: a reason is required (not
/// blank once trimmed), may run over several lines and up to <see cref="MaxLength"/> characters, is plain text (no
/// markup, control or invisible characters, since it is printed in PDFs and sent to platforms), and any identity
/// number typed into it is masked before it is kept, shown or audited.
/// </remarks>
public static class StatedReason
{
    /// <summary>The longest reason, in characters (the audit log's reason column holds 1,000).</summary>
    public const int MaxLength = 1000;

    /// <summary>The refusal of a missing reason.</summary>
    public const string Required = "请填写理由 (a reason is required)";

    /// <summary>
    /// Null when <paramref name="reason"/> is acceptable, otherwise why not (Chinese, English in parentheses);
    /// <paramref name="text"/> is the reason as it is kept: trimmed, identity-shaped text masked.
    /// </summary>
    public static string? Check(string? reason, out string text)
    {
        text = IdentityScrubber.Scrub(reason?.Trim()) ?? "";
        if (text.Length == 0) return Required;
        // Line breaks are allowed in a reason (unlike in a name); everything else follows the plain-text rules.
        return TextRules.ValidateName(text.ReplaceLineEndings(" "), "理由", MaxLength);
    }

    /// <summary>
    /// The same rule as <see cref="Check"/> for a domain step: null when <paramref name="reason"/> is acceptable,
    /// otherwise an <see cref="StepStatus.Invalid"/> failure naming the field <c>reason</c>.
    /// </summary>
    public static StepFailure? Refusal(string? reason, out string text) =>
        Check(reason, out text) is { } problem ? StepFailure.Invalid(new Dictionary<string, string> { ["reason"] = problem }) : null;
}
