using Regulator.Domain.Common;
using System.Text;
using Bogus;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary>
/// Issue 17 through the upload step of <c>/filings/upload</c> (<see cref="FilingUploads"/>), on both providers: CSV in UTF-8 and in code page 936 / GB 18030 as
/// Chinese Windows writes it, and .xlsx workbooks; row numbers as Excel shows them; document types, Excel's
/// truncation and lost characters reported per row, the clean rows stored.
/// </summary>
public sealed class FilingUploadFormatsTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly Randomizer Random = new(1717);
    private static readonly DateOnly Adult = new(1991, 5, 12);

    static FilingUploadFormatsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Header = "平台主播编号,主播类型,真实姓名,证件号码,显示名称,内容类别,证件类型,号码已核对";

    [Theory, BothProviders]
    public async Task A_utf8_csv_reports_rows_as_excel_numbers_them(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var permit = DemoIdentities.CitizenNumber(Random, IdentityDocumentType.HkMacauTaiwanResidencePermit, Adult);
        var csv = $"""
            {Header}
            r2,个人,张三,{DemoIdentities.ResidentId(Random, "11", Adult)},"小张
            张哥",演艺,,
            r3,个人,陈大文,{permit},大文,演艺,港澳台居民居住证,
            r4,个人,李??,{DemoIdentities.ResidentId(Random, "11", Adult)},小李,演艺,,
            r5,个人,王五,110105198805028000,小王,演艺,,
            r6,个人,王六,110105198805028000,小六,演艺,,是
            r7,个人,玛丽亚,E12345678,玛丽,演艺,护照,
            """;

        var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        var rows = FilingUploads.Rows(result);
        // The two-line cell of row 2 is one row in Excel, so the rows after it keep their Excel numbers.
        Assert.Equal([2, 3, 4, 5, 6, 7], rows.Select(r => r.Row));
        Assert.Contains("CSV UTF-8", rows[2].Problems);
        Assert.Contains("000", rows[3].Problems);
        Assert.Contains("Excel", rows[3].Problems);
        await using var db = portal.CreateDbContext();
        var stored = await db.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId);
        Assert.Equal(["r2", "r3", "r6", "r7"], stored.Keys.Order());
        Assert.Equal(["小张", "张哥"], stored["r2"].DisplayNames);
        Assert.Equal(IdentityDocumentType.HkMacauTaiwanResidencePermit, stored["r3"].DocumentType);
        Assert.Equal(IdentityDocumentType.ManualReview, stored["r7"].DocumentType);
    }

    [Theory, BothProviders]
    public async Task A_code_page_936_csv_with_a_euro_sign_and_a_character_moved_out_of_private_use_is_read_whole(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var gbk = Encoding.GetEncoding(936);
        var bytes = new List<byte>();
        bytes.AddRange(gbk.GetBytes($"{Header}\r\ng1,个人,张三,{DemoIdentities.ResidentId(Random, "11", Adult)},欧元"));
        bytes.Add(0x80); // € as code page 936 writes it
        bytes.AddRange(gbk.GetBytes($"主播,演艺,,\r\ng2,个人,李"));
        bytes.AddRange([0xFE, 0x51]); // 𠂇 (U+20087), private-use U+E816 in GB 18030-2005
        bytes.AddRange(gbk.GetBytes($",{DemoIdentities.ResidentId(Random, "11", Adult)},小李,演艺,,\r\n"));

        var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, [.. bytes]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("GB18030", result.Value.EncodingName);
        await using var db = portal.CreateDbContext();
        var stored = await db.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId);
        Assert.Equal("欧元€主播", stored["g1"].DisplayNames.Single());
        Assert.Equal("李\U00020087", stored["g2"].RealName);
    }

    [Theory, BothProviders]
    public async Task An_xlsx_workbook_is_read_with_identity_numbers_as_text_and_a_number_cell_explained(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var foreign = DemoIdentities.CitizenNumber(Random, IdentityDocumentType.ForeignPermanentResidentId, Adult);
        var sheet = new List<Dictionary<string, object>>
        {
            Row("x2", "张三", DemoIdentities.ResidentId(Random, "11", Adult), ""),
            Row("x3", "约翰·史密斯", foreign, "外国人永久居留身份证"),
            // Typed into a number cell: Excel keeps 15 significant digits.
            Row("x4", "王五", 110105198805028377L, ""),
            Row("x5", "买买提・艾力", DemoIdentities.ResidentId(Random, "65", Adult), ""),
        };
        using var file = new MemoryStream();
        await MiniExcel.SaveAsAsync(file, sheet);

        var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, file.ToArray(), "filings.xlsx");

        Assert.Contains("xlsx", result.Value.EncodingName);
        var rows = FilingUploads.Rows(result);
        Assert.Equal([2, 3, 4, 5], rows.Select(r => r.Row));
        Assert.Contains("存成了数字", rows[2].Problems);
        await using var db = portal.CreateDbContext();
        var stored = await db.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId);
        Assert.Equal(["x2", "x3", "x5"], stored.Keys.Order());
        Assert.Equal(IdentityDocumentType.ForeignPermanentResidentId, stored["x3"].DocumentType);
        Assert.Equal("买买提·艾力", stored["x5"].RealName);
    }

    private static Dictionary<string, object> Row(string id, string name, object number, string documentType) => new()
    {
        ["平台主播编号"] = id,
        ["主播类型"] = "个人",
        ["真实姓名"] = name,
        ["证件号码"] = number,
        ["显示名称"] = "主播" + id,
        ["内容类别"] = "演艺",
        ["证件类型"] = documentType,
    };
}
