namespace Regulator.Domain.Credit;

/// <summary>
/// A filing whose identity was corrected on resubmission, so the person behind (platform, platform publisher id) — and
/// with it the grade the credit API answers — changed. Appended, stamped with its <see cref="CreditAnswerVersion"/>, in
/// the resubmission's transaction; the answer refresher re-reads the filing's link for each line above its version.
/// Identity corrections are rare, so the table stays small.
/// </summary>
public class CreditLinkChange
{
    public long Id { get; set; }
    public long Version { get; set; }
    public int PlatformId { get; set; }
    public string PlatformPublisherId { get; set; } = "";
}
