namespace Regulator.Domain.Credit;

/// <summary>
/// A listing criterion as data, seeded from the culture and tourism market credit provisions and maintained by the
/// national administrator: the conduct that allows listing at a level, its legal basis, the fact kinds that can
/// support it and the default measures. A proposal must cite a criterion and at least <see cref="MinimumFacts"/> facts of those kinds.
/// </summary>
public class UntrustworthyCriterion
{
    public int Id { get; set; }

    /// <summary>Stable code, e.g. <c>serious-minors-harm</c>.</summary>
    public string Code { get; set; } = "";

    public DesignationLevel Level { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The article cited in the notice and the decision.</summary>
    public string LegalBasis { get; set; } = "";

    public List<CreditFactKind> FactKinds { get; set; } = [];
    public int MinimumFacts { get; set; } = 1;

    /// <summary>The management measures proposed by default (one per line in the documents).</summary>
    public List<string> DefaultMeasures { get; set; } = [];

    /// <summary>Withdrawn by the national administrator: kept for the procedures that cite it, not offered to new proposals.</summary>
    public bool Withdrawn { get; set; }
}
