using System.Diagnostics;
using System.Text.RegularExpressions;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Tests.Documents;

/// <summary>The documents as printed by headless Chromium, read back with poppler.</summary>
public sealed class DocumentPrintingTests : IAsyncLifetime
{
    private readonly DocumentPrinting _printing = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _printing.DisposeAsync();

    [Fact]
    public async Task A_findings_notice_prints_in_Chinese_with_its_findings_and_a_page_number_on_every_page()
    {
        var html = await _printing.Html.RenderAsync<FindingsDocument>(new Dictionary<string, object?> { ["Model"] = SampleDocuments.Findings() });
        var path = DocumentPrinting.Save("findings-notice.pdf", await _printing.Printer.PrintAsync(new PrintRequest(html)));

        var pages = DocumentPrinting.PageCount(path);
        var text = DocumentPrinting.Text(path);
        Assert.InRange(pages, 6, 16);
        Assert.Contains("北京市互联网信息办公室", text);
        Assert.Contains("网络直播平台自动巡查发现问题通知书", text);
        Assert.Contains("星光直播", text);
        Assert.Contains("发现问题 6 项", text);
        Assert.Contains("为未满 16 周岁的未成年人开通主播账号", text);
        Assert.Contains("《文化和旅游部办公厅关于加强网络文化市场未成年人保护工作的意见》第四条", text);
        Assert.Contains("128 条备案等待审核已超过规定天数", text);
        Assert.Contains("以上列出 40 条，共涉及 57 条记录", text);
        Assert.Contains("110105********1001", text);
        Assert.DoesNotContain("Rule_", text);
        Assert.Contains("（盖章）", text);
        // Every page carries "第 N 页 / 共 M 页", numbered 1..M in order.
        var numbers = Regex.Matches(text, @"第\s*(\d+)\s*页\s*/\s*共\s*(\d+)\s*页").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(Enumerable.Range(1, pages).Select(n => (n, pages)), numbers);

        var png = DocumentPrinting.FirstPagePng(path);
        Assert.True(new FileInfo(png).Length > 10_000, $"{png} is too small to be a rendered page.");
    }

    [Fact]
    public async Task An_enforcement_report_prints_its_figures_and_the_charts_ECharts_drew()
    {
        var html = await _printing.Html.RenderAsync<EnforcementReportDocument>(new Dictionary<string, object?> { ["Model"] = SampleDocuments.WeeklyReport() });
        var pdf = await _printing.Printer.PrintAsync(new PrintRequest(html, [DocumentPrinting.Echarts, ReportChartsScript.Path], ReportChartsScript.ReadyWhen));
        var path = DocumentPrinting.Save("weekly-report.pdf", pdf);

        var text = DocumentPrinting.Text(path);
        Assert.Contains("北京市网络直播执法周报", text);
        Assert.Contains("统计期间：2026年11月16日 至 2026年11月22日", text);
        foreach (var figure in new[] { "36", "53", "19", "14", "128", "317", "27" }) Assert.Matches($@"(^|\s){figure}(\s|$)", text);
        // Chart titles and axis labels are SVG text drawn by ECharts in the page: present only if the charts rendered.
        Assert.Contains("每日巡查发现问题数", text);
        Assert.Contains("按严重程度", text);
        Assert.Contains("举报超期未办结", text);
        Assert.Contains("11/22", text);
        Assert.Matches(@"第\s*1\s*页\s*/\s*共\s*\d+\s*页", text);
        DocumentPrinting.FirstPagePng(path);
    }

    [Fact]
    public async Task A_reused_page_starts_each_document_with_nothing_left_from_the_one_before()
    {
        // Printed one after the other, so the second document gets the page the first one used.
        await _printing.Printer.PrintAsync(new PrintRequest("<p>第一份</p><script>window.leftOver = '上一份的状态'; document.title = '上一份';</script>"));
        var pdf = await _printing.Printer.PrintAsync(new PrintRequest(
            "<p id='state'></p><script>document.getElementById('state').textContent = '残留：' + (typeof window.leftOver) + '，标题：' + (document.title || '无');</script>"));

        var text = DocumentPrinting.Text(DocumentPrinting.Save("reused-page.pdf", pdf));
        Assert.Contains("残留：undefined，标题：无", text);
        Assert.DoesNotContain("第一份", text);
    }

    [Fact]
    public async Task Without_Chromium_printing_fails_at_once_with_a_message_that_says_so()
    {
        await using var printing = new DocumentPrinting(o => o.ChromiumPath = "/nonexistent/chromium");
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printing.Printer.PrintAsync(new PrintRequest("<p>测试</p>")));

        Assert.Contains("找不到 Chromium", error.Message);
        Assert.Contains("/nonexistent/chromium", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Failing took {watch.Elapsed}.");
    }

    [Fact]
    public async Task A_document_that_never_finishes_fails_at_its_deadline_and_the_next_one_prints()
    {
        await using var printing = new DocumentPrinting(o => o.DocumentTimeout = TimeSpan.FromSeconds(8));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printing.Printer.PrintAsync(new PrintRequest("<p>永远画不完</p>", ReadyWhen: "window.never === true")));

        Assert.Contains("打印超时", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"Timing out took {watch.Elapsed}.");
        // The browser that let the deadline pass was closed; the next document launches a fresh one.
        var pdf = await printing.Printer.PrintAsync(new PrintRequest("<p>下一份</p>"));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
