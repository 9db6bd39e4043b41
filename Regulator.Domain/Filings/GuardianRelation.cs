namespace Regulator.Domain.Filings;

/// <summary>The guardian's relation to a 16–17-year-old publisher.</summary>
public enum GuardianRelation
{
    /// <summary>父亲</summary>
    Father = 1,

    /// <summary>母亲</summary>
    Mother = 2,

    /// <summary>其他法定监护人</summary>
    OtherLegalGuardian = 3,
}
