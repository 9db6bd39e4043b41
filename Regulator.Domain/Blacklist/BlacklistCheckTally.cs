using Regulator.Domain.Scoping;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// How many identities one platform checked on one China calendar day, and how many answers said "on the list".
/// Counted in memory and added here every few seconds (see <see cref="BlacklistCheckMeter"/>), because a row per
/// check would cost more than the check. Belongs to the platform's province, like the platform.
/// </summary>
public class BlacklistCheckTally : IProvinceOwned
{
    public long Id { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public long Checks { get; set; }
    public long OnList { get; set; }
    public long Invalid { get; set; }
}
