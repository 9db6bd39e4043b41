using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Reports;

namespace Regulator.Tests.Reports;

/// <summary>
/// The report backlog import (<c>/reports/import</c>: <see cref="ReportFile"/>, then the real intake) reads an .xlsx
/// workbook and a CSV as Chinese Windows writes it with the platform's credit code under the rules of issue 17: hidden
/// characters taken out so the code matches the registry, a person's ID refused as a credit code, a code stored in a
/// number cell explained as Excel's doing; rows numbered as Excel shows them. On both providers.
/// </summary>
public sealed class ReportImportSheetsTests
{
    static ReportImportSheetsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Header = ["id", "receivedAt", "platformName", "platformUscc", "accountName", "category", "description"];

    public static TheoryData<DatabaseProvider, string> FormatsOnBothProviders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            foreach (var format in new[] { "xlsx", "csv-utf8", "csv-gb18030" })
                data.Add(provider, format);
        return data;
    }

    [Theory, MemberData(nameof(FormatsOnBothProviders))]
    public async Task A_sheet_is_read_with_credit_codes_in_canonical_form_and_a_personal_id_refused(DatabaseProvider provider, string format)
    {
        using var database = new ReportsDatabase(provider);
        var received = ReportsDatabase.Now.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var uscc = database.Guangdong.Uscc;
        // A zero-width space, an ideographic space and lower case: what a copy from a web page or a chat brings along.
        var typed = "\u200B" + uscc[..6].ToLowerInvariant() + "\u3000" + uscc[6..];
        object[][] rows =
        [
            ["X2", received, "", typed, "主播甲", "harmful-sexual", "直播中出现低俗内容"],
            ["X3", received, "", "11010520120301110X", "主播乙", "harmful-sexual", "直播中出现低俗内容"],
            ["X4", received, "星光直播", "", "主播丙", "harmful-sexual", "直播中出现低俗内容"],
        ];

        var items = ReportFile.Read(format == "xlsx" ? "backlog.xlsx" : "backlog.csv", Encode(format, rows)).ToList();
        var result = await database.ReceiveAsync(items, ReportChannel.FileImport);

        Assert.Equal([2, 3, 4], items.Select(i => i.Position));
        Assert.Equal([IntakeItemStatus.Stored, IntakeItemStatus.Rejected, IntakeItemStatus.Stored], result.Items.Select(i => i.Status));
        Assert.Contains("个人的公民身份号码", result.Items[1].Errors["platformUscc"]);
        await using var db = database.Context(SystemActor.Instance);
        var report = await db.Reports.SingleAsync(r => r.ExternalId == "X2");
        Assert.Equal(uscc, report.PlatformUscc);
        Assert.Equal("44", report.ProvinceCode);
    }

    [Fact]
    public void A_credit_code_in_a_number_cell_of_a_workbook_is_explained_as_Excel_s_doing()
    {
        var received = ReportsDatabase.Now.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        // An all-digit credit code typed into a number cell: Excel keeps 15 significant digits.
        var items = ReportFile.Read("backlog.xlsx", Encode("xlsx", [["N2", received, "", 914403001922038216L, "主播甲", "harmful-sexual", "内容"]])).ToList();

        var item = Assert.Single(items);
        Assert.Equal(2, item.Position);
        Assert.Contains("Excel", item.ReadErrors["platformUscc"]);
    }

    private static byte[] Encode(string format, object[][] rows)
    {
        if (format == "xlsx")
        {
            using var file = new MemoryStream();
            MiniExcel.SaveAs(file, rows.Select(r => Header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList());
            return file.ToArray();
        }
        var csv = string.Join("\r\n", rows.Select(r => string.Join(",", r)).Prepend(string.Join(",", Header))) + "\r\n";
        return format == "csv-utf8" ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)] : Encoding.GetEncoding(54936).GetBytes(csv);
    }
}
