namespace Regulator.Domain.Filings;

/// <summary>
/// A row of the <c>FilingIdentityLinks</c> view: which platform filed which blind index. It deliberately carries
/// no province, so the scoping filter does not apply and a province can learn that an identity is also filed
/// on N other platforms, wherever they are, without seeing those filings or the number.
/// </summary>
public class IdentityLink
{
    public byte[] BlindIndex { get; set; } = [];
    public int PlatformId { get; set; }
}
