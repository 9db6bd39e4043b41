using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Filings;

/// <summary>
/// One change to a filing: who, when, what and why. Carries the filing's province and platform itself so the
/// central scoping filter guards history rows directly, not only through their filing.
/// </summary>
public class FilingHistoryEntry : IProvinceOwned, IPlatformOwned
{
    public long Id { get; set; }
    public long FilingId { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public DateTime OccurredUtc { get; set; }
    public FilingEvent Event { get; set; }

    /// <summary>The status the filing had after this change.</summary>
    public FilingStatus Status { get; set; }

    public string Actor { get; set; } = "";
    public bool ByRegulator { get; set; }
    public string? Reason { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>The names as typed when they differ from the stored canonical form (a look-alike middle dot), so the history shows what the platform sent.</summary>
    public string? TypedNames { get; set; }
}
