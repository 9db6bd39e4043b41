namespace Regulator.Domain.SpotChecks;

/// <summary>Why an inspector declared a conflict of interest with a platform; either way they are never drawn for it.</summary>
public enum ConflictKind
{
    /// <summary>近亲属或其他利害关系: a relative works there, or another interest in it.</summary>
    Relation = 1,

    /// <summary>曾任职: the inspector used to work there.</summary>
    FormerEmployment = 2,
}
