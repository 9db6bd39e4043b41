using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// The steps people take on cases: national triage, recategorising, assigning (one or many), closing. Cases are
/// found through the province filter, so a case outside the actor's scope is simply "not found". Each step checks the
/// actor's role itself, whatever a page offers: routing from national triage is for the national administrator,
/// recategorising and assigning for administrators, closing for an administrator or the case's assignee. A refused
/// step changes and audits nothing. The rules of the steps themselves are on <see cref="ReportCase"/>.
/// </summary>
public sealed class CaseHandling(RegulatorDbContext db, UserManager<RegulatorUser> users, ICurrentActor actor, AuditLog audit,
    WorkingCalendar calendar, TimeProvider clock)
{
    public const string CaseNotFound = "案件不存在 (case not found)";

    public const string NotPermitted = "无权办理此步骤 (your role may not take this step on the case)";

    /// <summary>
    /// <see cref="Found"/> false when the case is not visible to the actor; else the error (null on success).
    /// <see cref="Allowed"/> false when the actor's role may not take the step (then <see cref="Error"/> says so).
    /// </summary>
    public sealed record Outcome(bool Found, string? Error, bool Allowed = true)
    {
        public static readonly Outcome NotFound = new(false, null);
        public static readonly Outcome Forbidden = new(true, NotPermitted, Allowed: false);
    }

    /// <summary>What the actor may do on a case, for a page to offer; the steps check the same rules again.</summary>
    public sealed record Permissions(bool Route, bool Recategorize, bool Assign, bool Close);

    /// <summary>The steps <paramref name="actor"/> may take on a case handled by <paramref name="assigneeId"/>.</summary>
    public static Permissions For(Actor actor, string? assigneeId) => new(
        actor.IsNationalAdministrator,
        actor.IsAdministrator,
        actor.IsAdministrator,
        actor.IsAdministrator || (actor.UserId is not null && actor.UserId == assigneeId));

    public Task<Outcome> RouteAsync(long caseId, string provinceCode, int? platformId, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Route, async c =>
        {
            if (platformId is { } id)
            {
                var platform = await db.Platforms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                if (platform is null) return "平台不存在 (no such platform)";
                provinceCode = platform.ProvinceCode;
            }
            return c.RouteTo(provinceCode, platformId, ActorName, Now);
        }, ct);

    public Task<Outcome> RecategorizeAsync(long caseId, int categoryId, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Recategorize, async c =>
        {
            var category = await db.ReportCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct);
            return category is null ? "类别不存在 (no such category)" : c.Recategorize(category, calendar, ActorName, Now);
        }, ct);

    public Task<Outcome> CloseAsync(long caseId, CaseOutcome outcome, PunitiveMeasures measures, string? transferredTo, string? note, CancellationToken ct = default) =>
        ChangeAsync(caseId, p => p.Close, c => Task.FromResult(c.Close(outcome, measures, transferredTo, note, ActorName, Now)), ct);

    /// <summary>Assigns each of the cases to one member of staff; returns, per case id, the reason it was not assigned.</summary>
    public async Task<Dictionary<long, string>> AssignAsync(IReadOnlyCollection<long> caseIds, string assigneeId, CancellationToken ct = default)
    {
        var failures = new Dictionary<long, string>();
        if (!For(actor.Actor, null).Assign)
        {
            foreach (var id in caseIds) failures[id] = NotPermitted;
            return failures;
        }
        var assignee = await users.FindByIdAsync(assigneeId);
        if (assignee is null || !await CanHandleAsync(assignee))
        {
            foreach (var id in caseIds) failures[id] = "承办人无效 (not a member of staff who handles cases)";
            return failures;
        }
        var cases = await db.ReportCases.Include(c => c.Category).Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
        foreach (var id in caseIds.Except(cases.Select(c => c.Id))) failures[id] = CaseNotFound;
        foreach (var c in cases)
        {
            if (c.AssignTo(assignee.Id, assignee.DisplayName, assignee.ProvinceCode, ActorName, Now) is { } error) failures[c.Id] = error;
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

    private async Task<Outcome> ChangeAsync(long caseId, Func<Permissions, bool> may, Func<ReportCase, Task<string?>> change, CancellationToken ct)
    {
        var @case = await db.ReportCases.Include(c => c.Category).Include(c => c.Reports).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return Outcome.NotFound;
        // Checked against the stored case (its assignee), never against what a page or form says.
        if (!may(For(actor.Actor, @case.AssigneeId))) return Outcome.Forbidden;
        if (await change(@case) is { } error) return new Outcome(true, error);
        audit.Add(AuditActions.ReportCaseChanged, nameof(ReportCase), @case.Id.ToString(), @case.ProvinceCode, details: @case.Events.LastOrDefault()?.Details);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome(true, "案件已被他人修改，请刷新后重试 (someone else changed the case; reload and try again)");
        }
        return new Outcome(true, null);
    }

    private string ActorName => actor.UserName ?? "system";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
