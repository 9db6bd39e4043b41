namespace Regulator.Domain.Blacklist;

/// <summary>The stored proposal, or the problems that kept it from being stored.</summary>
public sealed record BlacklistProposalResult(BlacklistEntry? Entry, IReadOnlyList<BlacklistProblem> Problems)
{
    public bool Succeeded => Entry is not null;
}
