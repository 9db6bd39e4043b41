namespace Regulator.Domain.Credit;

/// <summary>The two levels of untrustworthy entity (失信主体) of the culture and tourism market credit provisions (MCT opinion 14).</summary>
public enum DesignationLevel
{
    /// <summary>轻微失信主体: caps the credit grade at C.</summary>
    Minor = 1,

    /// <summary>严重失信主体: the credit grade is D.</summary>
    Serious = 2,
}
