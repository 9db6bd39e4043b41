namespace Regulator.Domain.Reports;

/// <summary>How a report reached the portal.</summary>
public enum ReportChannel
{
    /// <summary>Pushed by the National Reporting Platform (12318) to <c>POST /api/v1/reports</c>.</summary>
    Push = 1,

    /// <summary>Imported from a JSON Lines or CSV backlog file in the portal.</summary>
    FileImport = 2,
}
