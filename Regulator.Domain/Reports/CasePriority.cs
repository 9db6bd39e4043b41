namespace Regulator.Domain.Reports;

/// <summary>How urgently a case is handled. A category sets the base; a minor involved raises it one step.</summary>
public enum CasePriority
{
    Normal = 0,
    High = 1,
    Urgent = 2,
}
