using Regulator.Domain.Scoping;

namespace Regulator.Domain.Inspections;

/// <summary>
/// One platform's part of an inspection. Written in the same transaction as that platform's findings, so its
/// presence is what tells a resumed inspection that the platform is done.
/// </summary>
public class PlatformInspection : IProvinceOwned, IPlatformOwned
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    public int PlatformId { get; set; }

    /// <summary>The platform's province, copied so the scope filter applies without a join.</summary>
    public string ProvinceCode { get; set; } = "";

    public DateTime CompletedUtc { get; set; }
    public int FindingCount { get; set; }

    /// <summary>The findings document once printed; null until then (or when printing failed).</summary>
    public long? DocumentId { get; set; }
}
