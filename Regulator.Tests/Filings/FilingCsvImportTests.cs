using Regulator.Domain.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Filings;
using Regulator.Domain.Filings.Csv;
using Regulator.Domain.Scoping;
using static Regulator.Tests.Filings.FilingTestData;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Filings;

public class FilingCsvImportTests : IDisposable
{
    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }
    private readonly FilingsDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private const string ChineseHeader = "平台主播编号,主播类型,真实姓名,证件号码,显示名称,内容类别,监护人姓名,监护关系,监护人身份证号码,监护人同意日期";
    private const string EnglishHeader = "Platform Publisher ID,Publisher Type,Real Name,Identity Number,Display Names,Content Kinds";

    private async Task<StepResult<FilingCsvResult>> Import(byte[] bytes, string province = "11")
    {
        var actor = FilingsDatabase.Staff(province);
        await using var db = _database.Context(actor);
        var intake = new FilingIntake(db, Protector(), FilingsDatabase.Clock);
        return await new FilingCsvImport(db, intake, _database.Audit(db, actor), FilingsDatabase.Clock)
            .ImportAsync(_database.BeijingPlain, bytes, "filings.csv", Actor.ProvincialAdministrator("bj.admin", "11"));
    }

    private async Task<int> StoredCount()
    {
        await using var db = _database.Context(SystemActor.Instance);
        return await db.Filings.CountAsync();
    }

    [Fact]
    public async Task Reads_gb18030_with_chinese_headers_row_by_row()
    {
        var adult = ResidentIdAged(30);
        var csv = $"""
            {ChineseHeader}
            a1,个人,张三,{adult},小张；张哥,演艺、视听,,,,
            a2,个人,李四,{ResidentIdAged(17)},小李,其他,李父,父亲,{ResidentIdAged(45)},2026/11/1
            a3,机构,星光文化传媒有限公司,{Uscc()},星光,演艺,,,,
            a4,个人,<b>王五</b>,{ResidentIdAged(30)},王,演艺,,,,
            """;
        var imported = await Import(Gb18030.GetBytes(csv));
        Assert.True(imported.Succeeded, imported.ToString());
        var result = imported.Value;
        Assert.Equal("GB18030", result.EncodingName);
        Assert.Equal([2, 3, 4, 5], result.Rows.Select(r => r.Line));
        Assert.Equal([FilingItemOutcome.Created, FilingItemOutcome.Created, FilingItemOutcome.Created, FilingItemOutcome.Invalid], result.Rows.Select(r => r.Outcome));
        Assert.Equal(FilingStatus.Submitted, result.Rows[1].Status);
        Assert.Equal(3, await StoredCount());
        Assert.Equal((4, 3, 1), (result.Submission.ItemCount, result.Submission.StoredCount, result.Submission.InvalidCount));

        await using var db = _database.Context(SystemActor.Instance);
        var a1 = await db.Filings.SingleAsync(f => f.PlatformPublisherId == "a1");
        Assert.Equal(["小张", "张哥"], a1.DisplayNames);
        Assert.Equal(ContentKinds.Performance | ContentKinds.AudioVisual, a1.ContentKinds);
        Assert.Equal(SubmissionChannel.CsvUpload, (await db.FilingSubmissions.SingleAsync()).Channel);
        Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditActions.FilingsUploaded).ToListAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reads_utf8_with_or_without_bom_and_english_headers(bool bom)
    {
        var csv = $"{EnglishHeader}\r\nu1,individual,Zhang San,{ResidentIdAged(25)},zs,performance;news\r\n";
        var bytes = Encoding.UTF8.GetBytes(csv);
        var imported = await Import(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        Assert.True(imported.Succeeded, imported.ToString());
        var result = imported.Value;
        Assert.Equal(bom ? "UTF-8 (BOM)" : "UTF-8", result.EncodingName);
        var row = Assert.Single(result.Rows);
        Assert.Equal((FilingItemOutcome.Created, FilingStatus.ReturnedForCorrection), (row.Outcome, row.Status)); // news without licence
    }

    [Fact]
    public async Task A_broken_encoding_is_refused_and_stores_nothing()
    {
        var bytes = Encoding.UTF8.GetBytes(EnglishHeader + "\n").Concat(new byte[] { 0x61, 0x80, 0xFF, 0x2C, 0x0A }).ToArray();
        var result = await Import(bytes);
        Assert.Contains("UTF-8", result.Failure!.Message);
        Assert.Equal(0, await StoredCount());
    }

    [Fact]
    public async Task A_missing_column_is_named_and_stores_nothing()
    {
        var result = await Import(Encoding.UTF8.GetBytes($"平台主播编号,主播类型,真实姓名,显示名称,内容类别\nx,个人,张三,小张,演艺\n"));
        Assert.Contains("证件号码", result.Failure!.Message);
        Assert.Equal(0, await StoredCount());
        Assert.Equal(StepStatus.Invalid, result.Status);
    }

    [Fact]
    public async Task Unknown_values_and_excel_scientific_notation_are_reported_per_row()
    {
        var csv = $"{EnglishHeader}\nr1,person?,张三,1.10105E+17,z,performance\nr2,individual,张三,{ResidentIdAged(30)},z,dancing\n";
        var result = (await Import(Encoding.UTF8.GetBytes(csv))).Value;
        Assert.Contains(result.Rows[0].Problems, p => p.Field == "publisherType");
        Assert.Contains(result.Rows[0].Problems, p => p.Message.Contains("科学计数法"));
        Assert.Contains(result.Rows[1].Problems, p => p.Field == "contentKinds");
        Assert.Equal(0, await StoredCount());
    }

    [Fact]
    public async Task The_corrections_file_lists_bad_rows_with_reasons_and_masked_numbers()
    {
        var bad = ResidentIdAged(30);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var minor = ResidentIdAged(16);
        var csv = $"{EnglishHeader}\ngood,individual,张三,{ResidentIdAged(30)},z,performance\nbad,individual,李四,{bad},l,performance\nyoung,individual,小王,{minor},w,other\nformula,individual,=1+2,{ResidentIdAged(30)},f<,other\n";
        var result = (await Import(Encoding.UTF8.GetBytes(csv))).Value;
        var corrections = Encoding.UTF8.GetString(result.Submission.CorrectionsCsv!);
        Assert.StartsWith("\uFEFF", corrections);
        var lines = corrections.TrimEnd().Split("\r\n");
        Assert.Equal(4, lines.Length); // header, bad, young (returned: no guardian), formula
        Assert.Contains("校验位", lines[1]);
        Assert.Contains(bad[..6] + "********" + bad[14..], lines[1]);
        Assert.DoesNotContain(bad, corrections);
        Assert.DoesNotContain(minor, corrections);
        Assert.Contains("'=1+2", lines[3]);
    }
}
