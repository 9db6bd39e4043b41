namespace Regulator.Domain.Credit;

/// <summary>A listing criterion as the national administrator writes it (<see cref="ListingCriteria"/>); the code is fixed once created.</summary>
public sealed record CriterionDraft(string Code, DesignationLevel Level, string Title, string LegalBasis, IReadOnlyList<CreditFactKind> FactKinds,
    int MinimumFacts, IReadOnlyList<string> DefaultMeasures);
