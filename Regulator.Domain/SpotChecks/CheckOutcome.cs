namespace Regulator.Domain.SpotChecks;

/// <summary>The result of one check item on one target.</summary>
public enum CheckOutcome
{
    /// <summary>未发现问题</summary>
    NoProblem = 1,

    /// <summary>发现问题，责令限期整改: a rectification is ordered by a date and followed up.</summary>
    RectificationOrdered = 2,

    /// <summary>发现违法违规，移交立案查处: referred for an enforcement case.</summary>
    ViolationReferred = 3,
}
