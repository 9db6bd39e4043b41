namespace Regulator.Domain.Credit;

/// <summary>One line of a rating model: a fact of this kind and severity weighs <see cref="Points"/> and counts for <see cref="CountsDays"/> days from the day it happened.</summary>
public class CreditRule
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public CreditFactKind Kind { get; set; }
    public CreditSeverity Severity { get; set; }

    /// <summary>Negative for breaches, positive for good conduct.</summary>
    public int Points { get; set; }

    /// <summary>How long the fact counts, in calendar days from its date (the day itself is day 1).</summary>
    public int CountsDays { get; set; }
}
