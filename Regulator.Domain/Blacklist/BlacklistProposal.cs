namespace Regulator.Domain.Blacklist;

/// <summary>
/// What a provincial administrator types, or a platform sends, to propose an entry. Everything is optional here;
/// <see cref="BlacklistRules"/> says what is missing or wrong. Instead of typing the number, a proposal can name a
/// filing the proposer can see (<paramref name="FilingId"/>): its identity is then taken from the filing on the server.
/// <paramref name="SourceCaseId"/> links the entry to the substantiated report case it was started from.
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
    DateOnly? EndsOn,
    long? FilingId = null,
    long? SourceCaseId = null);
