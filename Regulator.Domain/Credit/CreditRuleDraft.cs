namespace Regulator.Domain.Credit;

/// <summary>A rule of a model draft as the national administrator enters it.</summary>
public sealed record CreditRuleDraft(CreditFactKind Kind, CreditSeverity Severity, int Points, int CountsDays);
