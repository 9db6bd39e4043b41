using Regulator.Domain.Scoping;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Tells the province that owns a filing that the filed identity is on the national blacklist, so the filing was
/// returned automatically. One per (platform, platform publisher id, entry): a platform re-sending the same filing
/// does not raise it again. Belongs to the filing's province and is acknowledged there.
/// </summary>
public class BlacklistFilingAlert : IProvinceOwned
{
    public long Id { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int PlatformId { get; set; }
    public string PlatformPublisherId { get; set; } = "";
    public string IdentityMasked { get; set; } = "";
    public long EntryId { get; set; }
    public DateTime RaisedUtc { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
    public string? AcknowledgedBy { get; set; }
}
