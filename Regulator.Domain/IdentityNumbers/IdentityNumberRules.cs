using Regulator.Domain.Platforms;

namespace Regulator.Domain.IdentityNumbers;

/// <summary>
/// The one set of rules for identity numbers, used by the filings API and upload, the blacklist proposal, check and
/// search alike: what a person's number must be, what an organisation's credit code must be (and that a valid
/// citizen number is never one), and which numbers Excel's 15-digit precision may have changed. Numbers arrive
/// in their <see cref="CanonicalNumber"/> form; hidden characters taken out are named in any refusal.
/// </summary>
public static class IdentityNumberRules
{
    public const int MinOtherDocumentLength = 5;
    public const int MaxOtherDocumentLength = 20;

    /// <summary>
    /// An individual's number. With no <paramref name="declared"/> type the type is read from the number (a
    /// passport cannot be filed without saying so). A <see cref="IdentityDocumentType.ManualReview"/> document is
    /// 5–20 letters and digits and must not be a citizen number: declaring one "other" must not skip the age rules.
    /// </summary>
    public static IdentityNumberProblem? ForPerson(CanonicalNumber number, IdentityDocumentType? declared, DateOnly today, bool confirmed)
    {
        var value = number.Value;
        if (declared == IdentityDocumentType.ManualReview)
        {
            if (value.Length == 0) return Invalid(number, "证件号码不能为空 (the document number is required)");
            if (value.Length == 18 && value.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0)
                return new(IdentityNumberCodes.DocumentTypeMismatch, "这是 18 位公民身份号码，请按其证件类型报送，不能作为其他证件 (an 18-digit citizen number must be filed as its own document type, not as an other document)" + number.HiddenNote());
            if (value.Length is < MinOtherDocumentLength or > MaxOtherDocumentLength || value.AsSpan().IndexOfAnyExcept(Alphanumerics) >= 0)
                return Invalid(number, $"其他证件号码应为 {MinOtherDocumentLength}–{MaxOtherDocumentLength} 位字母或数字 (an other document's number is {MinOtherDocumentLength}–{MaxOtherDocumentLength} letters or digits)");
            return null;
        }
        if (ResidentIdNumber.Validate(value, today) is { } problem) return Invalid(number, problem);
        var type = ResidentIdNumber.TypeOf(value);
        if (declared is { } d && d != type)
            return new(IdentityNumberCodes.DocumentTypeMismatch,
                $"证件类型为{ResidentIdNumber.Label(d)}，但号码是{ResidentIdNumber.Label(type)}的号码 (the number belongs to another document type than the one declared)");
        return Unconfirmed(number, confirmed);
    }

    /// <summary>An organisation's unified social credit code. A valid citizen number is refused, whatever MOD 31 says: filed as an organisation, a 14-year-old would skip the age rule.</summary>
    public static IdentityNumberProblem? ForOrganization(CanonicalNumber number, DateOnly today, bool confirmed)
    {
        if (ResidentIdNumber.Validate(number.Value, today) is null)
            return new(IdentityNumberCodes.PersonalIdAsCreditCode,
                "这是个人的公民身份号码，不是统一社会信用代码：请按个人备案 (this is a personal ID number, not a credit code: file the publisher as an individual)");
        if (UnifiedSocialCreditCode.Validate(number.Value) is { } problem) return Invalid(number, problem);
        return Unconfirmed(number, confirmed);
    }

    /// <summary>
    /// A number the blacklist can hold or be asked about: a citizen number of any type or a credit code. A number
    /// shaped like a citizen number is judged as one, so a mistyped ID is never let through as a credit code that
    /// happens to check; digits that fit neither are explained as an ID, anything else as a credit code.
    /// </summary>
    public static IdentityNumberProblem? ForAny(CanonicalNumber number, DateOnly today)
    {
        var value = number.Value;
        if (value.Length == 0) return Invalid(number, "请填写身份证号码或统一社会信用代码 (the identity number is required)");
        if (ResidentIdNumber.IsShaped(value)) return ResidentIdNumber.Validate(value, today) is { } p ? Invalid(number, p) : null;
        if (UnifiedSocialCreditCode.IsValid(value)) return null;
        return value.TrimEnd('X').AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? Invalid(number, ResidentIdNumber.Validate(value, today)!)
            : Invalid(number, UnifiedSocialCreditCode.Validate(value)!);
    }

    /// <summary>
    /// A number someone looks filings or blacklist entries up by: whatever a record may hold. Eighteen characters are
    /// judged as a citizen number or a credit code (<see cref="ForAny"/>: a mistyped check digit is said, not searched
    /// for and "not found"); anything else must be another document's 5–20 letters and digits. Null when searchable.
    /// </summary>
    public static IdentityNumberProblem? ForSearch(CanonicalNumber number, DateOnly today)
    {
        var value = number.Value;
        if (value.Length == 18) return ForAny(number, today);
        if (value.Length == 0) return Invalid(number, "请填写要查找的证件号码 (enter the document number to look for)");
        if (value.Length is < MinOtherDocumentLength or > MaxOtherDocumentLength || value.AsSpan().IndexOfAnyExcept(Alphanumerics) >= 0)
            return Invalid(number, $"证件号码应为 18 位身份号码或统一社会信用代码，或 {MinOtherDocumentLength}–{MaxOtherDocumentLength} 位字母和数字的其他证件号码 " +
                $"(a document number is an 18-character ID number or credit code, or another document's {MinOtherDocumentLength}–{MaxOtherDocumentLength} letters and digits)");
        return null;
    }

    /// <summary>
    /// 18 digits ending in 000: what Excel makes of an 18-digit number typed into a number cell, since it keeps 15
    /// significant digits. Real numbers end so too (sequence x00, check 0), hence confirmation rather than refusal.
    /// </summary>
    public static bool MayBeExcelTruncated(string number) =>
        number.Length == 18 && number.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && number.EndsWith("000", StringComparison.Ordinal);

    /// <summary>Said wherever Excel may have cut a number, in the upload and in the API's messages.</summary>
    public const string ExcelExplanation =
        "Excel 只保留 15 位有效数字，会把 18 位号码的后三位存成 000：请把号码列设为“文本”后重新录入，或另存为 .xlsx 前先设好文本格式 " +
        "(Excel keeps 15 significant digits and saves the last three of an 18-digit number as 000: format the column as text and enter the numbers again)";

    private static readonly System.Buffers.SearchValues<char> Alphanumerics = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static IdentityNumberProblem Invalid(CanonicalNumber number, string message) =>
        TruncationExplains(number.Value)
            ? new(IdentityNumberCodes.ExcelTruncated, $"号码末三位为 000 且校验位不符：{ExcelExplanation}")
            : new(IdentityNumberCodes.Invalid, message + number.HiddenNote());

    // Truncation only touches the last three digits, so it explains a failed check character and nothing else.
    private static bool TruncationExplains(string value) =>
        MayBeExcelTruncated(value) && (ResidentIdNumber.IsShaped(value)
            ? ResidentIdNumber.CheckCharacter(value.AsSpan(0, 17)) != value[17]
            : UnifiedSocialCreditCode.CheckCharacter(value.AsSpan(0, 17)) != value[17]);

    private static IdentityNumberProblem? Unconfirmed(CanonicalNumber number, bool confirmed) =>
        confirmed || !MayBeExcelTruncated(number.Value) ? null
            : new(IdentityNumberCodes.ConfirmationNeeded,
                $"号码末三位为 000，请对照证件核对后确认（上传时在“号码已核对”列填“是”，接口中设 identityNumberConfirmed）。{ExcelExplanation} " +
                "(the number ends in 000: check it against the document and confirm it)");
}
