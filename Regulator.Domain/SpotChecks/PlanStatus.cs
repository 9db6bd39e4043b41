namespace Regulator.Domain.SpotChecks;

public enum PlanStatus
{
    /// <summary>拟定: items and population set, nothing drawn yet.</summary>
    Draft = 1,

    /// <summary>实施中: drawn; its tasks are open.</summary>
    InProgress = 2,

    /// <summary>已结束: every task closed; the results are published on <see cref="SpotCheckPlan.PublishOn"/>.</summary>
    Closed = 3,
}
