namespace Regulator.Domain.Credit;

/// <summary>How serious a fact is; with its kind it selects the rating model's rule. Positive facts are <see cref="General"/>.</summary>
public enum CreditSeverity
{
    /// <summary>轻微</summary>
    Minor = 1,

    /// <summary>一般</summary>
    General = 2,

    /// <summary>严重</summary>
    Serious = 3,
}
