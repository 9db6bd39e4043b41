namespace Regulator.Domain.Credit;

/// <summary>
/// What a platform learns about one of its own publishers: the person's grade (from facts on every platform, but
/// none of those facts), the model version and grading day, and a listing in force with its measures and period.
/// </summary>
public sealed record PublisherCreditStanding(string PlatformPublisherId, CreditGrade Grade, int ModelVersion, DateOnly GradedOn,
    DesignationLevel? DesignationLevel, IReadOnlyList<string>? DesignationMeasures, DateOnly? DesignationStartsOn, DateOnly? DesignationEndsOn);
