namespace Regulator.Domain.Credit;

/// <summary>A listing of a subject in the listed state, with its level, measures and period (first and last day).</summary>
public sealed record CreditAnswerListing(DesignationLevel Level, IReadOnlyList<string> Measures, DateOnly StartsOn, DateOnly EndsOn);
