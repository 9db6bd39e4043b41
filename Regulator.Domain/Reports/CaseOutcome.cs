namespace Regulator.Domain.Reports;

/// <summary>How a case was closed.</summary>
public enum CaseOutcome
{
    /// <summary>查证属实: the reported conduct was confirmed.</summary>
    Substantiated = 1,

    /// <summary>查无实据: not confirmed.</summary>
    Unsubstantiated = 2,

    /// <summary>移交: outside the office's competence, handed to another department.</summary>
    Transferred = 3,
}
