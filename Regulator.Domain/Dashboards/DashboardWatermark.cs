namespace Regulator.Domain.Dashboards;

/// <summary>How far the rollup has read one source of changes (an id or a time in ticks), so each run reads only what is new.</summary>
public class DashboardWatermark
{
    /// <summary>The source's name, e.g. <c>filings:history</c>.</summary>
    public string Name { get; set; } = "";

    public long Position { get; set; }
}
