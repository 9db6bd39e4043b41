namespace Regulator.Web.Documents;

/// <summary>Where <c>report-charts.js</c> (copied next to the binaries) is, for the printer to load after ECharts.</summary>
public static class ReportChartsScript
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Documents", "report-charts.js");

    /// <summary>What the script sets once every chart is drawn.</summary>
    public const string ReadyWhen = "window.reportChartsReady === true";
}
