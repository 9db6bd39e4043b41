namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Where risk-weighted draws read credit grades: the credit feature implements it; <see cref="NoCreditGrades"/> answers
/// for none where that feature is not registered, and the weights then rest on reports and findings alone.
/// </summary>
public interface ISpotCheckCreditGrades
{
    /// <summary>The targets of one kind in a province whose credit adds weight, by target id (platform id, or filing id); ungraded ones and grade A are left out.</summary>
    Task<IReadOnlyDictionary<long, CreditRiskLevel>> GradesAsync(TargetKind kind, string provinceCode, CancellationToken ct);
}
