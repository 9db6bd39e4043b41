using Regulator.Domain.Identity;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Who may do what with spot checks ("double random, one public", SAMR guidance on random inspections): the
/// province's administrator plans and draws, the inspectors drawn for a task record its results, and national
/// staff read. Every spot-check step asks these before acting.
/// </summary>
public static class SpotCheckPermissions
{
    extension(Actor actor)
    {
        /// <summary>Plans, draws and manages inspectors of <paramref name="provinceCode"/>: its provincial administrator only.</summary>
        public bool MayPlan(string provinceCode) => actor.IsProvincialAdministratorOf(provinceCode);

        /// <summary>Records results and evidence: only an inspector drawn for the task (two inspectors per task, SAMR guidance).</summary>
        public bool MayRecord(SpotCheckTask task) => actor.Kind == ActorKind.ProvincialInspector && task.IsAssignedTo(actor.UserId);

        /// <summary>Records a rectification follow-up: the task's inspectors or the province's administrator.</summary>
        public bool MayFollowUp(SpotCheckTask task) => actor.MayRecord(task) || actor.IsProvincialAdministratorOf(task.ProvinceCode);
    }
}
