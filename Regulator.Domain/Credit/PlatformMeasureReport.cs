using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Credit;

/// <summary>
/// A punitive measure a platform reports it took against one of its filed publishers (CAC Art. 14: warning,
/// suspension of publishing, account closure), the source record of a <see cref="CreditFactKind.PlatformMeasure"/> fact.
/// Owned by the platform and by the province where it is registered. The platform's own measure id makes re-sending idempotent.
/// </summary>
public class PlatformMeasureReport : IProvinceOwned, IPlatformOwned
{
    public long Id { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";

    /// <summary>The platform's own id for the measure; unique per platform.</summary>
    public string MeasureId { get; set; } = "";

    public string PlatformPublisherId { get; set; } = "";
    public long FilingId { get; set; }

    /// <summary>Exactly one of the measures.</summary>
    public PunitiveMeasures Measure { get; set; }

    public DateOnly TakenOn { get; set; }

    /// <summary>A suspension's last day; null for a warning, a closure, or an open-ended suspension.</summary>
    public DateOnly? EndsOn { get; set; }

    public string Reason { get; set; } = "";
    public DateTime ReceivedUtc { get; set; }
}
