namespace Regulator.Domain.Credit;

/// <summary>A new model version as the national administrator enters it; every kind and severity needs a rule.</summary>
public sealed record CreditModelDraft(int BaseScore, int ThresholdA, int ThresholdB, int ThresholdC, int PlatformPublisherPenalty, int CleanPeriodDays,
    IReadOnlyList<CreditRuleDraft> Rules, string Notes);
