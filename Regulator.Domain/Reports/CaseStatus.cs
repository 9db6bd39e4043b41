namespace Regulator.Domain.Reports;

/// <summary>Where a case stands in its handling.</summary>
public enum CaseStatus
{
    /// <summary>The reported platform is not in the registry: the case waits in the national triage queue for routing.</summary>
    AwaitingTriage = 0,

    /// <summary>Routed to a province, nobody assigned yet.</summary>
    Open = 1,

    /// <summary>An inspector is handling it.</summary>
    InProgress = 2,

    /// <summary>Closed with an outcome.</summary>
    Closed = 3,
}
