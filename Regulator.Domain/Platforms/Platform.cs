using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Platforms;

/// <summary>A supervised live-streaming or online-culture platform, owned by the province where it is registered.</summary>
public class Platform : IProvinceOwned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Unified social credit code, verified by <see cref="UnifiedSocialCreditCode"/>.</summary>
    public string Uscc { get; set; } = "";

    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<PlatformLicence> Licences { get; set; } = [];
    public List<PlatformApiKey> ApiKeys { get; set; } = [];

    public bool HoldsValidLicence(LicenceKind kind, DateOnly day) => Licences.Any(l => l.Kind == kind && l.IsValidOn(day));
}
