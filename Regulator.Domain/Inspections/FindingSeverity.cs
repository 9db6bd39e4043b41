namespace Regulator.Domain.Inspections;

/// <summary>How serious a finding is; drives the order of the findings document and, later, credit ratings.</summary>
public enum FindingSeverity
{
    /// <summary>一般: a procedural lapse to be corrected.</summary>
    Minor = 1,

    /// <summary>较重: a rule broken that needs a written correction.</summary>
    Serious = 2,

    /// <summary>严重: harm to minors or a banned person back on air; immediate action.</summary>
    Severe = 3,
}
