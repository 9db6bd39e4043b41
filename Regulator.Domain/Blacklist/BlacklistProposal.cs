namespace Regulator.Domain.Blacklist;

/// <summary>
/// What a provincial administrator types, or a platform sends, to propose an entry. Everything is optional here;
/// <see cref="BlacklistRules"/> says what is missing or wrong.
/// </summary>
public sealed record BlacklistProposal(
    string? IdentityNumber,
    IReadOnlyList<string>? DisplayNames,
    IReadOnlyList<int>? PlatformIds,
    string? CategoryCode,
    string? Facts,
    IReadOnlyList<string>? EvidenceReferences,
    BlacklistSeverity? Severity,
    DateOnly? StartsOn,
    DateOnly? EndsOn);
