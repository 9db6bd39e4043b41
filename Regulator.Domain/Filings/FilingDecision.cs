namespace Regulator.Domain.Filings;

/// <summary>A provincial administrator's decision on one filing.</summary>
public enum FilingDecision
{
    Accept = 1,
    ReturnForCorrection = 2,
    Reject = 3,
}
