using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// The steps people take on cases: national triage, recategorising, assigning (one or many), closing. Cases are
/// found through the province filter, so a case outside the actor's scope is simply not found. Each step checks the
/// actor's role itself, whatever a page offers: routing from national triage is for the national administrator,
/// recategorising and assigning for administrators, closing for an administrator or the case's assignee; anyone else
/// is refused (<see cref="NotPermitted"/>). A step returns the case as changed, or why not (the rules of the steps
/// themselves, on <see cref="ReportCase"/>, give conflicts and invalid input); a step not taken changes and audits nothing.
/// </summary>
public sealed class CaseHandling(RegulatorDbContext db, UserManager<RegulatorUser> users, ICurrentActor actor, AuditLog audit,
    WorkingCalendar calendar, TimeProvider clock)
{
    public const string CaseNotFound = "案件不存在 (case not found)";

    public const string NotPermitted = "无权办理此步骤 (your role may not take this step on the case)";

    private static readonly StepFailure Refused = StepFailure.Refused(NotPermitted);

    /// <summary>What the actor may do on a case, for a page to offer; the steps check the same rules again.</summary>
    public sealed record Permissions(bool Route, bool Recategorize, bool Assign, bool Close);

    /// <summary>The steps <paramref name="actor"/> may take on a case handled by <paramref name="assigneeId"/>.</summary>
    public static Permissions For(Actor actor, string? assigneeId) => new(
        actor.IsNationalAdministrator,
        actor.IsAdministrator,
        actor.IsAdministrator,
        actor.IsAdministrator || (actor.UserId is not null && actor.UserId == assigneeId));

    /// <summary>National triage: routes a case awaiting triage to a province, or to the province of a registered platform (invalid when there is no such platform).</summary>
    public Task<StepResult<ReportCase>> RouteAsync(long caseId, string provinceCode, int? platformId, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Route, async c =>
        {
            if (platformId is { } id)
            {
                var platform = await db.Platforms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                if (platform is null) return StepFailure.Invalid("平台不存在 (no such platform)");
                provinceCode = platform.ProvinceCode;
            }
            return c.RouteTo(provinceCode, platformId, ActorName, Now);
        }, ct);

    /// <summary>Corrects the case's category (invalid when there is no such category), which resets its deadline and priority.</summary>
    public Task<StepResult<ReportCase>> RecategorizeAsync(long caseId, int categoryId, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Recategorize, async c =>
        {
            var category = await db.ReportCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct);
            return category is null ? StepFailure.Invalid("类别不存在 (no such category)") : c.Recategorize(category, calendar, ActorName, Now);
        }, ct);

    /// <summary>Closes the case with its outcome, measures and note, by the rules of <see cref="ReportCase.Close"/>.</summary>
    public Task<StepResult<ReportCase>> CloseAsync(long caseId, CaseOutcome outcome, PunitiveMeasures measures, string? transferredTo, string? note, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Close, c => Task.FromResult(c.Close(outcome, measures, transferredTo, note, ActorName, Now)), ct);

    /// <summary>
    /// Assigns each of the cases to one member of staff. Refused unless an administrator; invalid when the assignee is
    /// not staff who handle cases (<c>assigneeId</c>). Otherwise done, with the cases not assigned, by id, and why:
    /// not found (<see cref="CaseNotFound"/>) or the case's own rule; empty when every case was assigned.
    /// </summary>
    public async Task<StepResult<IReadOnlyDictionary<long, StepFailure>>> AssignAsync(IReadOnlyCollection<long> caseIds, string assigneeId, CancellationToken ct = default)
    {
        if (!For(actor.Actor, null).Assign) return Refused;
        var assignee = await users.FindByIdAsync(assigneeId);
        if (assignee is null || !await CanHandleAsync(assignee))
            return StepFailure.Invalid(new Dictionary<string, string> { [nameof(assigneeId)] = "承办人无效 (not a member of staff who handles cases)" });
        var failures = new Dictionary<long, StepFailure>();
        var cases = await db.ReportCases.Include(c => c.Category).Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
        foreach (var id in caseIds.Except(cases.Select(c => c.Id))) failures[id] = StepFailure.NotFound with { Message = CaseNotFound };
        foreach (var c in cases)
        {
            if (c.AssignTo(assignee.Id, assignee.DisplayName, assignee.ProvinceCode, ActorName, Now) is { } failure) failures[c.Id] = failure;
            else audit.Add(AuditActions.ReportCaseChanged, nameof(ReportCase), c.Id.ToString(), c.ProvinceCode, details: $"assigned to {assignee.UserName}");
        }
        await db.SaveChangesAsync(ct);
        return failures;
    }

    /// <summary>Staff of a province who may be given cases: its inspectors and administrators (empty unless the actor may assign).</summary>
    public async Task<IReadOnlyList<RegulatorUser>> AssigneesAsync(string provinceCode)
    {
        if (!For(actor.Actor, null).Assign) return [];
        var inspectors = await users.GetUsersInRoleAsync(RegulatorRoles.ProvincialInspector);
        var admins = await users.GetUsersInRoleAsync(RegulatorRoles.ProvincialAdmin);
        return inspectors.Concat(admins).Where(u => u.ProvinceCode == provinceCode).DistinctBy(u => u.Id).OrderBy(u => u.DisplayName).ToList();
    }

    private async Task<bool> CanHandleAsync(RegulatorUser user) =>
        await users.IsInRoleAsync(user, RegulatorRoles.ProvincialInspector) || await users.IsInRoleAsync(user, RegulatorRoles.ProvincialAdmin);

    private async Task<StepResult<ReportCase>> ChangeAsync(long caseId, Func<Permissions, bool> may, Func<ReportCase, Task<StepFailure?>> change, CancellationToken ct)
    {
        var @case = await db.ReportCases.Include(c => c.Category).Include(c => c.Reports).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return StepFailure.NotFound;
        // Checked against the stored case (its assignee), never against what a page or form says.
        if (!may(For(actor.Actor, @case.AssigneeId))) return Refused;
        if (await change(@case) is { } failure) return failure;
        audit.Add(AuditActions.ReportCaseChanged, nameof(ReportCase), @case.Id.ToString(), @case.ProvinceCode, details: @case.Events.LastOrDefault()?.AuditText());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StepFailure.Conflict("案件已被他人修改，请刷新后重试 (someone else changed the case; reload and try again)");
        }
        return @case;
    }

    private string ActorName => actor.UserName ?? "system";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
