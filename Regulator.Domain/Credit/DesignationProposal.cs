namespace Regulator.Domain.Credit;

/// <summary>A provincial administrator's proposal: the subject, the criterion met, the facts it rests on, the narrative, measures and period (defaults when null).</summary>
public sealed record DesignationProposal(long SubjectId, string CriterionCode, IReadOnlyList<long> FactIds, string Facts, IReadOnlyList<string>? Measures = null, int? PeriodMonths = null);
