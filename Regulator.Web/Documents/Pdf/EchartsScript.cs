using Microsoft.Extensions.Options;

namespace Regulator.Web.Documents.Pdf;

/// <summary>Finds ECharts on disk for the report charts: configured, else built into wwwroot from npm, else in node_modules.</summary>
public sealed class EchartsScript(IOptions<PdfOptions> options, IWebHostEnvironment environment)
{
    public string Path => Candidates().FirstOrDefault(File.Exists)
                          ?? throw new PdfPrintException($"找不到 ECharts 脚本（{string.Join("；", Candidates())}），请先构建前端资源或设置 Pdf:EchartsScript（echarts.min.js not found; build the front-end assets or set Pdf:EchartsScript）");

    private IEnumerable<string> Candidates()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.EchartsScript))
        {
            yield return options.Value.EchartsScript;
            yield break;
        }
        yield return System.IO.Path.Combine(environment.WebRootPath ?? System.IO.Path.Combine(environment.ContentRootPath, "wwwroot"), "lib", "echarts", "echarts.min.js");
        yield return System.IO.Path.Combine(environment.ContentRootPath, "node_modules", "echarts", "dist", "echarts.min.js");
    }
}
