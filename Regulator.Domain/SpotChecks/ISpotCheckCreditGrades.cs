namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Where risk-weighted draws read credit grades. Until credit ratings exist, <see cref="NoCreditGrades"/> answers for
/// none and the weights rest on reports and findings alone; the credit feature registers its own implementation.
/// </summary>
public interface ISpotCheckCreditGrades
{
    /// <summary>The graded targets of one kind in a province, by target id (platform id, or filing id); ungraded ones are left out.</summary>
    Task<IReadOnlyDictionary<long, CreditRiskLevel>> GradesAsync(TargetKind kind, string provinceCode, CancellationToken ct);
}
