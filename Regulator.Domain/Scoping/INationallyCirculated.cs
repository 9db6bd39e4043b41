namespace Regulator.Domain.Scoping;

/// <summary>
/// A province-owned record that every province may read once it has been circulated nationally — the national
/// blacklist (CAC Art. 15: provinces circulate blacklists and report to the state office). Until then it stays
/// with its province like any other. The persistence layer's one scoping filter honours this flag, so no page
/// needs a filter of its own.
/// </summary>
public interface INationallyCirculated : IProvinceOwned
{
    bool IsCirculatedNationally { get; }
}
