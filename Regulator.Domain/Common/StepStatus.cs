namespace Regulator.Domain.Common;

/// <summary>
/// How a domain step ended. Each value has one meaning for every feature, so that a page shows and an API answers
/// it the same way everywhere (the API's statuses are in brackets).
/// </summary>
public enum StepStatus
{
    /// <summary>The step was taken and stored (200/201).</summary>
    Done,

    /// <summary>
    /// The record does not exist or is outside the actor's province or platform (404). The two are never told apart,
    /// so that a crafted URL learns nothing about another province's records.
    /// </summary>
    NotFound,

    /// <summary>The actor's role may not take this step on this record (403). Nothing was changed or audited as done.</summary>
    Refused,

    /// <summary>What was submitted breaks a rule of the input (422); <see cref="StepFailure.FieldErrors"/> says which field.</summary>
    Invalid,

    /// <summary>The record's state does not allow the step now, e.g. a filing already approved (409).</summary>
    Conflict,
}
