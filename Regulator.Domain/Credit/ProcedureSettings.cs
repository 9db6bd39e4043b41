using Regulator.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The untrustworthy-entity procedure's defaults (<see cref="CreditProcedureSettings"/>): everyone on the staff reads
/// them; only the national administrator changes them, within ranges that keep the procedure lawful and workable, each
/// change audited with the old and new values and its reason. The procedure reads them when a step sets a deadline or a
/// period, so a change applies to procedures started (or repairs applied for) after it and never moves a date a party
/// has already been given.
/// </summary>
public sealed class ProcedureSettings(RegulatorDbContext db, AuditLog audit, IOptions<CreditProcedureOptions> configured, TimeProvider clock)
{
    /// <summary>Allowed range of the defence period, in working days: at least 3 so a party can answer, at most 30.</summary>
    public static readonly (int Min, int Max) DefenceRange = (3, 30);

    /// <summary>Allowed range of the repair-review period, in working days.</summary>
    public static readonly (int Min, int Max) RepairReviewRange = (5, 60);

    /// <summary>Allowed range of a serious listing's default period, in months (up to 5 years).</summary>
    public static readonly (int Min, int Max) SeriousPeriodRange = (6, 60);

    /// <summary>Allowed range of a minor listing's default period, in months (up to 3 years).</summary>
    public static readonly (int Min, int Max) MinorPeriodRange = (1, 36);

    /// <summary>The values in force: the stored row, or the configuration's values until the first change.</summary>
    public async Task<CreditProcedureSettings> CurrentAsync(CancellationToken ct = default) =>
        await db.CreditProcedureSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == CreditProcedureSettings.SingletonId, ct) ?? Configured();

    /// <summary>What is wrong with <paramref name="draft"/>, one Chinese (English) sentence per problem; empty when it may be saved.</summary>
    public static IReadOnlyList<string> Validate(ProcedureSettingsDraft draft)
    {
        var problems = new List<string>();
        if (!Within(draft.DefenceWorkingDays, DefenceRange))
            problems.Add($"陈述申辩期限应为 {DefenceRange.Min}–{DefenceRange.Max} 个工作日 (the defence period must be {DefenceRange.Min}–{DefenceRange.Max} working days)");
        if (!Within(draft.RepairReviewWorkingDays, RepairReviewRange))
            problems.Add($"信用修复审核期限应为 {RepairReviewRange.Min}–{RepairReviewRange.Max} 个工作日 (the repair review period must be {RepairReviewRange.Min}–{RepairReviewRange.Max} working days)");
        if (!Within(draft.SeriousPeriodMonths, SeriousPeriodRange))
            problems.Add($"严重失信管理期限应为 {SeriousPeriodRange.Min}–{SeriousPeriodRange.Max} 个月 (a serious listing's period must be {SeriousPeriodRange.Min}–{SeriousPeriodRange.Max} months)");
        if (!Within(draft.MinorPeriodMonths, MinorPeriodRange))
            problems.Add($"轻微失信管理期限应为 {MinorPeriodRange.Min}–{MinorPeriodRange.Max} 个月 (a minor listing's period must be {MinorPeriodRange.Min}–{MinorPeriodRange.Max} months)");
        if (draft.MinorPeriodMonths > draft.SeriousPeriodMonths)
            problems.Add("轻微失信的管理期限不应长于严重失信 (a minor listing's period cannot be longer than a serious one's)");
        return problems;
    }

    /// <summary>
    /// Saves <paramref name="draft"/> as the values in force and returns them. Refused unless the national administrator;
    /// invalid without a stated reason, or with every problem of the draft at once (joined by "；"). Audited as
    /// <see cref="CreditAuditActions.ProcedureSettingsChanged"/> with each changed value as <c>name old -> new</c>.
    /// Saving the values already in force changes and audits nothing.
    /// </summary>
    public async Task<StepResult<CreditProcedureSettings>> ChangeAsync(ProcedureSettingsDraft draft, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return StepFailure.Refused("认定程序的期限由国家级管理员设置 (the procedure's time limits are the national administrator's)");
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        if (Validate(draft) is { Count: > 0 } problems) return StepFailure.Invalid(string.Join("；", problems));
        var settings = await db.CreditProcedureSettings.FirstOrDefaultAsync(s => s.Id == CreditProcedureSettings.SingletonId, ct);
        var before = settings is null ? Configured() : Copy(settings);
        var changes = string.Join("; ", new[]
        {
            Change(nameof(draft.DefenceWorkingDays), before.DefenceWorkingDays, draft.DefenceWorkingDays),
            Change(nameof(draft.RepairReviewWorkingDays), before.RepairReviewWorkingDays, draft.RepairReviewWorkingDays),
            Change(nameof(draft.SeriousPeriodMonths), before.SeriousPeriodMonths, draft.SeriousPeriodMonths),
            Change(nameof(draft.MinorPeriodMonths), before.MinorPeriodMonths, draft.MinorPeriodMonths),
        }.OfType<string>());
        if (changes.Length == 0) return before;
        if (settings is null) db.CreditProcedureSettings.Add(settings = new CreditProcedureSettings());
        settings.DefenceWorkingDays = draft.DefenceWorkingDays;
        settings.RepairReviewWorkingDays = draft.RepairReviewWorkingDays;
        settings.SeriousPeriodMonths = draft.SeriousPeriodMonths;
        settings.MinorPeriodMonths = draft.MinorPeriodMonths;
        settings.UpdatedBy = actor.Name;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(CreditAuditActions.ProcedureSettingsChanged, nameof(CreditProcedureSettings), CreditProcedureSettings.SingletonId.ToString(),
            reason: stated, details: changes);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    private CreditProcedureSettings Configured() => new()
    {
        DefenceWorkingDays = configured.Value.DefenceWorkingDays,
        RepairReviewWorkingDays = configured.Value.RepairReviewWorkingDays,
        SeriousPeriodMonths = configured.Value.SeriousPeriodMonths,
        MinorPeriodMonths = configured.Value.MinorPeriodMonths,
    };

    private static CreditProcedureSettings Copy(CreditProcedureSettings s) => new()
    {
        DefenceWorkingDays = s.DefenceWorkingDays, RepairReviewWorkingDays = s.RepairReviewWorkingDays,
        SeriousPeriodMonths = s.SeriousPeriodMonths, MinorPeriodMonths = s.MinorPeriodMonths, UpdatedBy = s.UpdatedBy, UpdatedUtc = s.UpdatedUtc,
    };

    private static string? Change(string name, int from, int to) => from == to ? null : $"{name} {from} -> {to}";

    private static bool Within(int value, (int Min, int Max) range) => value >= range.Min && value <= range.Max;
}
