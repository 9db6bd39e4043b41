using Regulator.Domain.Reports;

namespace Regulator.Domain.Blacklist;

/// <summary>A proposal checked by <see cref="BlacklistRules"/>: either problems, or clean values ready to store.</summary>
public sealed class BlacklistAssessment
{
    public required IReadOnlyList<BlacklistProblem> Problems { get; init; }
    public bool IsValid => Problems.Count == 0;

    /// <summary>Normalised; only ever handed to the identity protector, never stored or logged in clear.</summary>
    public string IdentityNumber { get; init; } = "";

    public IReadOnlyList<string> DisplayNames { get; init; } = [];
    public IReadOnlyList<int> PlatformIds { get; init; } = [];
    public ReportCategory? Category { get; init; }
    public string Facts { get; init; } = "";
    public IReadOnlyList<string> EvidenceReferences { get; init; } = [];
    public BlacklistSeverity Severity { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
}
