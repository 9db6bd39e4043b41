namespace Regulator.Web.Api;

/// <summary>
/// Endpoint metadata for platform calls made thousands of times a second (the blacklist check). Their key is verified
/// against a copy cached for a few seconds and their use is audited in aggregate (<see cref="ApiKeyUseMeter"/>)
/// instead of one audit row per call; every other platform call keeps a database lookup and an audit row each.
/// </summary>
public sealed class AggregatedKeyUseAudit
{
    public static readonly AggregatedKeyUseAudit Instance = new();

    private AggregatedKeyUseAudit() { }
}
