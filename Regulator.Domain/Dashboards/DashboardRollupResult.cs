namespace Regulator.Domain.Dashboards;

/// <summary>What one catch-up did: days recounted and cells written, over all sources.</summary>
public sealed record DashboardRollupResult(int DaysRecounted, int CellsWritten);
