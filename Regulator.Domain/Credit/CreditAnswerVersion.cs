namespace Regulator.Domain.Credit;

/// <summary>
/// The single row holding the latest credit answer version. Every transaction that changes what the platform credit
/// API answers — a grade, a listing in force, a filing's identity — first locks this row and bumps it, then stamps the
/// rows it changes with the new value (<see cref="CreditAnswerStamp"/>). Writers are therefore serialised from the bump
/// to their commit, so versions commit in order: once an instance has read version N from this row, every change
/// stamped N or lower is committed and visible, and none can appear later. Grades are stamped with the grading time
/// before a commit that may come a minute later (a set-based re-grade), which is why a time watermark would miss rows.
/// </summary>
public class CreditAnswerVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
