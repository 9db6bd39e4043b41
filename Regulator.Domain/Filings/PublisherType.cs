namespace Regulator.Domain.Filings;

/// <summary>The kind of publisher a platform files (CAC Art. 12): a person or an organisation.</summary>
public enum PublisherType
{
    /// <summary>个人: identified by a resident identity number.</summary>
    Individual = 1,

    /// <summary>机构: identified by a unified social credit code.</summary>
    Organization = 2,
}
