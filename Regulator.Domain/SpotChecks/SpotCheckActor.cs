namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Who takes a spot-check step, as its rules need to know: provincial administrators plan and draw for their province
/// and see its tasks; inspectors see and record only the tasks they were drawn for; national staff read everything.
/// </summary>
public sealed record SpotCheckActor(string? UserId, string Name, string? ProvinceCode, SpotCheckRole Role)
{
    public bool MayPlan(string provinceCode) => Role == SpotCheckRole.ProvincialAdministrator && ProvinceCode == provinceCode;

    /// <summary>Inspectors are limited to their own tasks; the province filter has already limited everyone else.</summary>
    public bool MaySee(SpotCheckTask task) => Role switch
    {
        SpotCheckRole.Inspector => task.IsAssignedTo(UserId),
        SpotCheckRole.ProvincialAdministrator or SpotCheckRole.NationalReader => true,
        _ => false,
    };

    public bool MayRecord(SpotCheckTask task) => Role == SpotCheckRole.Inspector && task.IsAssignedTo(UserId);

    /// <summary>Confirming a rectification: the task's inspectors, or the province's administrator.</summary>
    public bool MayFollowUp(SpotCheckTask task) => MayRecord(task) || (Role == SpotCheckRole.ProvincialAdministrator && ProvinceCode == task.ProvinceCode);
}
