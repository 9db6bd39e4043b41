namespace Regulator.Domain.SpotChecks;

/// <summary>
/// One spot-check result as a credit fact (CAC Art. 15; MCT opinion 14): who was checked, on which item and article,
/// what was found and whether an ordered rectification was done in time. Final once its task has closed.
/// </summary>
public sealed record SpotCheckFact(
    long ResultId, long TaskId, int PlanId, string ProvinceCode, TargetKind TargetKind, long TargetId, int PlatformId,
    string CheckItemCode, string LegalBasis, CheckOutcome Outcome, DateOnly CheckedOn, DateOnly? RectifyBy, DateOnly? RectifiedOn,
    bool RectificationFailed, DateTime TaskClosedUtc);
