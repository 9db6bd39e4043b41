namespace Regulator.Domain.SpotChecks;

public enum SpotCheckTaskStatus
{
    /// <summary>待检查: drawn, notice sent, results not all recorded.</summary>
    Open = 1,

    /// <summary>整改中: every item recorded, a rectification ordered and not yet confirmed.</summary>
    AwaitingRectification = 2,

    /// <summary>已办结: every item recorded and every ordered rectification followed up.</summary>
    Closed = 3,

    /// <summary>已作废: its draw was replaced by a redraw before any result was recorded.</summary>
    Cancelled = 4,
}
