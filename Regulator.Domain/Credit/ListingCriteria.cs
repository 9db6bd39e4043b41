using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The untrustworthy-entity listing criteria as data (MCT opinion 14, under the culture and tourism market credit
/// provisions): anyone on the staff may read them, only the national administrator adds, edits or withdraws one, and
/// every change is audited with its reason. A criterion is never deleted — procedures cite it — but a withdrawn one
/// can no longer be cited by a new proposal. An edit applies to proposals made after it; notices and decisions already
/// printed keep the wording they were printed with.
/// </summary>
public sealed partial class ListingCriteria(RegulatorDbContext db, AuditLog audit)
{
    /// <summary>Every criterion, withdrawn ones included, serious first.</summary>
    public async Task<IReadOnlyList<UntrustworthyCriterion>> AllAsync(CancellationToken ct = default) =>
        await db.UntrustworthyCriteria.AsNoTracking().OrderBy(c => c.Withdrawn).ThenByDescending(c => c.Level).ThenBy(c => c.Code).ToListAsync(ct);

    /// <summary>
    /// Adds a criterion. Refused unless the national administrator; invalid with every problem of the draft and the
    /// reason at once (joined by "；"); a conflict when the code is taken.
    /// </summary>
    public async Task<StepResult<UntrustworthyCriterion>> CreateAsync(CriterionDraft draft, string reason, Actor actor, CancellationToken ct = default)
    {
        if (Check(draft, reason, actor, out var stated) is { } failure) return failure;
        if (await db.UntrustworthyCriteria.AnyAsync(c => c.Code == draft.Code, ct)) return StepFailure.Conflict("该编码已被使用 (the code is taken)");
        var criterion = new UntrustworthyCriterion { Code = draft.Code };
        Apply(criterion, draft);
        db.UntrustworthyCriteria.Add(criterion);
        audit.Add(CreditAuditActions.CriterionChanged, nameof(UntrustworthyCriterion), draft.Code, reason: stated, details: "created");
        await db.SaveChangesAsync(ct);
        return criterion;
    }

    /// <summary>
    /// Rewrites a criterion's level, wording, basis, fact kinds and measures. Refused and invalid as
    /// <see cref="CreateAsync"/>; not found when no criterion has that code.
    /// </summary>
    public async Task<StepResult<UntrustworthyCriterion>> UpdateAsync(CriterionDraft draft, string reason, Actor actor, CancellationToken ct = default)
    {
        if (Check(draft, reason, actor, out var stated) is { } failure) return failure;
        var criterion = await db.UntrustworthyCriteria.FirstOrDefaultAsync(c => c.Code == draft.Code, ct);
        if (criterion is null) return StepFailure.NotFound;
        Apply(criterion, draft);
        audit.Add(CreditAuditActions.CriterionChanged, nameof(UntrustworthyCriterion), draft.Code, reason: stated, details: "edited");
        await db.SaveChangesAsync(ct);
        return criterion;
    }

    /// <summary>
    /// Withdraws a criterion from new proposals, or puts it back. Refused unless the national administrator; invalid
    /// without a stated reason; not found when no criterion has that code.
    /// </summary>
    public async Task<StepResult<UntrustworthyCriterion>> WithdrawAsync(string code, bool withdrawn, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        var criterion = await db.UntrustworthyCriteria.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (criterion is null) return StepFailure.NotFound;
        criterion.Withdrawn = withdrawn;
        audit.Add(CreditAuditActions.CriterionChanged, nameof(UntrustworthyCriterion), code, reason: stated, details: withdrawn ? "withdrawn" : "restored");
        await db.SaveChangesAsync(ct);
        return criterion;
    }

    /// <summary>What is wrong with a draft, in words for the form; empty when it can be saved.</summary>
    public static List<string> Validate(CriterionDraft draft)
    {
        var problems = new List<string>();
        if (!CodePattern().IsMatch(draft.Code)) problems.Add("编码为 3–64 位小写字母、数字和连字符 (the code is 3–64 lower-case letters, digits and hyphens)");
        if (string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Length > 500) problems.Add("请填写认定情形（至多 500 字）(describe the conduct, at most 500 characters)");
        if (string.IsNullOrWhiteSpace(draft.LegalBasis) || draft.LegalBasis.Length > 1000) problems.Add("请填写法律依据（至多 1000 字）(cite the legal basis, at most 1000 characters)");
        if (draft.FactKinds.Count == 0) problems.Add("至少选择一类可支持认定的事实 (choose at least one kind of fact)");
        if (draft.FactKinds.Any(k => CreditFactRecorder.IsPositive(k))) problems.Add("守信事实不能作为失信认定的依据 (a positive fact cannot support a listing)");
        if (draft.MinimumFacts is < 1 or > 20) problems.Add("所需事实数为 1 至 20 (1 to 20 facts)");
        if (draft.DefaultMeasures.Count == 0 || draft.DefaultMeasures.Any(m => string.IsNullOrWhiteSpace(m) || m.Length > 200))
            problems.Add("至少一项管理措施，每项至多 200 字 (at least one measure, each at most 200 characters)");
        return problems;
    }

    // The refusal, or every problem of the draft and the reason at once; null, with the reason as stored, when there is none.
    private static StepFailure? Check(CriterionDraft draft, string reason, Actor actor, out string stated)
    {
        stated = "";
        if (!actor.IsNationalAdministrator) return NotNational;
        var problems = Validate(draft);
        if (StatedReason.Check(reason, out stated) is { } problem) problems.Add(problem);
        return problems.Count > 0 ? StepFailure.Invalid(string.Join("；", problems)) : null;
    }

    private static void Apply(UntrustworthyCriterion criterion, CriterionDraft draft)
    {
        criterion.Level = draft.Level;
        criterion.Title = draft.Title.Trim();
        criterion.LegalBasis = draft.LegalBasis.Trim();
        criterion.FactKinds = [.. draft.FactKinds.Distinct().Order()];
        criterion.MinimumFacts = draft.MinimumFacts;
        criterion.DefaultMeasures = [.. draft.DefaultMeasures.Select(m => m.Trim())];
    }

    private static readonly StepFailure NotNational = StepFailure.Refused("认定标准由国家级管理员维护 (the listing criteria are the national administrator's)");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex CodePattern();
}
