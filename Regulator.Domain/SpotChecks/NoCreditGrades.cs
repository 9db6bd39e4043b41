namespace Regulator.Domain.SpotChecks;

/// <summary>No target has a credit grade yet: risk weights use reports and findings only.</summary>
public sealed class NoCreditGrades : ISpotCheckCreditGrades
{
    public Task<IReadOnlyDictionary<long, CreditRiskLevel>> GradesAsync(TargetKind kind, string provinceCode, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<long, CreditRiskLevel>>(new Dictionary<long, CreditRiskLevel>());
}
