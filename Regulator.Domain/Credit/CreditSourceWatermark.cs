namespace Regulator.Domain.Credit;

/// <summary>How far the collector has read one source table: the change time and id of the last row it turned into facts.</summary>
public class CreditSourceWatermark
{
    /// <summary>The source, e.g. <c>ReportCase</c>.</summary>
    public string Source { get; set; } = "";

    public DateTime LastUtc { get; set; }
    public long LastId { get; set; }
}
