using Regulator.Domain.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Protection;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary>
/// Every kind of input of issue 17, written out once in <see cref="Cases"/> with the issue's own examples, sent through
/// every door a filing comes in by — <c>POST /api/v1/filings</c>, and the upload as CSV UTF-8, as CSV in GB 18030
/// (the encoding of Chinese Windows) and as an .xlsx workbook — on both providers. Each door must give each row the
/// same outcome, store the same canonical number and name, and nothing refused may be stored.
/// </summary>
public sealed class IdentityInputKindsTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    static IdentityInputKindsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public enum Door { Api, CsvUtf8, CsvGb18030, Xlsx }

    /// <summary>
    /// One row: what the clerk typed and what it must get — the stored status (null: refused, nothing stored) and the
    /// problem code it must carry. <paramref name="Canonical"/> is the number the blind index must be made of.
    /// </summary>
    public sealed record Case(string Id, string Kind, bool Organization, string Name, string Number, IdentityDocumentType? Type, bool Confirmed,
        FilingStatus? Status, string? Code, IdentityDocumentType? StoredType = null, string? StoredName = null, string? Canonical = null);

    // Numbers are the issue's examples or the hand-worked vectors of CheckCharacterKnownAnswerTests, so none depends on the code under test.
    public static readonly Case[] Cases =
    [
        // 1. Residence permits of Hong Kong, Macau and Taiwan residents: accepted, type read from the number or declared.
        new("permit", "1 permit", false, "陈大文", "810000199003071237", null, false, FilingStatus.Submitted, null, IdentityDocumentType.HkMacauTaiwanResidencePermit),
        new("permit-macau", "1 permit declared", false, "陈小文", "820000199112254376", IdentityDocumentType.HkMacauTaiwanResidencePermit, false,
            FilingStatus.Submitted, null, IdentityDocumentType.HkMacauTaiwanResidencePermit),
        // 2. Foreign permanent resident ID, 2023 format.
        new("foreign", "2 foreign permanent resident", false, "约翰·史密斯", "91184019850312001X", null, false, FilingStatus.Submitted, null,
            IdentityDocumentType.ForeignPermanentResidentId),
        // 3. Document types: another document is always reviewed by a person; a declared type must fit the number.
        new("passport", "3 other document", false, "玛丽亚", "E12345678", IdentityDocumentType.ManualReview, false, FilingStatus.Submitted,
            FilingProblemCodes.ManualReview, IdentityDocumentType.ManualReview),
        new("id-as-other", "3 citizen number as other", false, "张一", "131124198711231140", IdentityDocumentType.ManualReview, false, null,
            IdentityNumberCodes.DocumentTypeMismatch),
        new("permit-as-id", "3 permit as mainland ID", false, "陈三", "830000197608143891", IdentityDocumentType.MainlandResidentId, false, null,
            IdentityNumberCodes.DocumentTypeMismatch),
        // 4. A 14-year-old's number that satisfies MOD 31: refused as a credit code, rejected as a person.
        new("child-as-org", "4 personal ID as credit code", true, "某某文化传媒有限公司", "11010520120301110X", null, false, null,
            IdentityNumberCodes.PersonalIdAsCreditCode),
        new("child", "4 the same as a person", false, "李小", "11010520120301110X", null, false, FilingStatus.Rejected, FilingProblemCodes.Under16),
        // 5. Hidden and spacing characters: removed before validation; a refusal still due names them.
        new("spaced", "5 spaces between groups", false, "王一", "1311 2419 8711 2311 91", null, false, FilingStatus.Submitted, null,
            IdentityDocumentType.MainlandResidentId, Canonical: "131124198711231191"),
        new("hidden", "5 BOM, U+3000, zero-width space", false, "王二", "\uFEFF131124\u30001987112311\u200B83", null, false, FilingStatus.Submitted, null,
            IdentityDocumentType.MainlandResidentId, Canonical: "131124198711231183"),
        new("hidden-bad", "5 hidden character in a wrong number", false, "王三", "13112419871123\u200B1184", null, false, null, IdentityNumberCodes.Invalid),
        // 6. Excel's 15-digit precision: checks → confirmation; fails → the Excel explanation; confirmed → stored.
        new("excel-checks", "6 truncated, still checks", false, "王四", "110105198805028000", null, false, null, IdentityNumberCodes.ConfirmationNeeded),
        new("excel-fails", "6 truncated, check fails", false, "王五", "110105198503121000", null, false, null, IdentityNumberCodes.ExcelTruncated),
        new("excel-confirmed", "6 confirmed against the document", false, "王六", "110105198805028000", null, true, FilingStatus.Submitted, null),
        // 9. Real names that lost characters, hide characters, or carry a look-alike of the middle dot.
        new("lost-question", "9 ? for a rare character", false, "李??", "131124198711231124", null, false, null, FilingProblemCodes.CharactersLost),
        new("lost-replacement", "9 U+FFFD", false, "李\uFFFD", "131124198711231124", null, false, null, FilingProblemCodes.CharactersLost),
        new("lost-private", "9 private use", false, "李\uE000", "131124198711231124", null, false, null, FilingProblemCodes.CharactersLost),
        new("zero-width", "9 zero-width space in a name", false, "张\u200B三", "131124198711231124", null, false, null, FilingProblemCodes.UnsafeText),
        new("bidi", "9 bidi control in a name", false, "\u202E三张", "131124198711231124", null, false, null, FilingProblemCodes.UnsafeText),
        new("dot-bullet", "9 bullet for the middle dot", false, "买买提•艾力", "131124198711231175", null, false, FilingStatus.Submitted, null,
            StoredName: "买买提·艾力"),
        new("dot-katakana", "9 Katakana middle dot", false, "阿依古丽・买买提", "131124198711231116", null, false, FilingStatus.Submitted, null,
            StoredName: "阿依古丽·买买提"),
    ];

    public static TheoryData<DatabaseProvider, Door> DoorsOnBothProviders()
    {
        var data = new TheoryData<DatabaseProvider, Door>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            foreach (var door in Enum.GetValues<Door>())
                data.Add(provider, door);
        return data;
    }

    [Theory, MemberData(nameof(DoorsOnBothProviders))]
    public async Task Every_kind_of_input_gets_its_outcome_through_every_door(DatabaseProvider provider, Door door)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");

        var outcomes = door == Door.Api ? await ThroughApiAsync(api) : await ThroughUploadAsync(portal, api.Platform.Id, door);

        Assert.Equal(Cases.Length, outcomes.Count);
        foreach (var (c, (status, codes, message)) in Cases.Zip(outcomes))
        {
            Assert.True(c.Status == status, $"{c.Kind} ({c.Id}) through {door}: expected {c.Status?.ToString() ?? "refused"}, got {status?.ToString() ?? "refused"}: {message}");
            if (c.Code is { } code) Assert.True(codes.Contains(code), $"{c.Kind} ({c.Id}) through {door}: expected {code}, got {string.Join(", ", codes)}");
            else Assert.True(codes.Count == 0, $"{c.Kind} ({c.Id}) through {door}: unexpected {string.Join(", ", codes)}: {message}");
            // No answer quotes a number in clear: a clerk sees at most the mask.
            var canonical = CanonicalNumber.Of(c.Number).Value;
            Assert.DoesNotContain(canonical, message);
            if (c.Kind.StartsWith("5 hidden character", StringComparison.Ordinal)) Assert.Contains("U+200B", message);
            if (c.Kind.StartsWith("6 ", StringComparison.Ordinal) && status is null) Assert.Contains("Excel", message);
            if (c.Kind.StartsWith("9 ", StringComparison.Ordinal) && c.Code == FilingProblemCodes.CharactersLost) Assert.Contains("CSV UTF-8", message);
        }

        await using var db = portal.CreateDbContext();
        var stored = await db.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId);
        Assert.Equal(Cases.Where(c => c.Status is not null).Select(c => c.Id).Order(), stored.Keys.Order());
        var protector = portal.Services.GetRequiredService<IdentityProtector>();
        foreach (var c in Cases.Where(c => c.Status is not null))
        {
            var filing = stored[c.Id];
            if (c.StoredType is { } type) Assert.Equal(type, filing.DocumentType);
            Assert.Equal(c.StoredName ?? c.Name, filing.RealName);
            Assert.Equal(protector.BlindIndex(c.Canonical ?? c.Number), filing.IdentityBlindIndex);
        }
    }

    private static async Task<List<(FilingStatus? Status, List<string> Codes, string Message)>> ThroughApiAsync(FilingsApiClient api)
    {
        var response = await api.PostAsync([.. Cases.Select(c => (object)new Dictionary<string, object?>
        {
            ["platformPublisherId"] = c.Id,
            ["publisherType"] = c.Organization ? "organization" : "individual",
            ["realName"] = c.Name,
            ["identityNumber"] = c.Number,
            ["identityDocumentType"] = c.Type is { } t ? JsonNamingPolicy.CamelCase.ConvertName(t.ToString()) : null,
            ["identityNumberConfirmed"] = c.Confirmed,
            ["displayNames"] = new[] { "主播" + c.Id },
            ["contentKinds"] = new[] { "performance" },
        })]);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        return json.GetProperty("items").EnumerateArray().Select(item =>
        {
            var status = item.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String
                ? Enum.Parse<FilingStatus>(s.GetString()!, ignoreCase: true) : (FilingStatus?)null;
            var problems = item.GetProperty("problems").EnumerateArray().ToList();
            return (status, problems.Select(p => p.GetProperty("code").GetString()!).ToList(),
                string.Join("；", problems.Select(p => p.GetProperty("message").GetString())));
        }).ToList();
    }

    private static async Task<List<(FilingStatus? Status, List<string> Codes, string Message)>> ThroughUploadAsync(PortalFactory portal, int platformId, Door door)
    {
        string[] header = ["平台主播编号", "主播类型", "真实姓名", "证件号码", "显示名称", "内容类别", "证件类型", "号码已核对"];
        var rows = Cases.Select(c => new[]
        {
            c.Id, c.Organization ? "机构" : "个人", c.Name, c.Number, "主播" + c.Id, "演艺",
            c.Type switch
            {
                IdentityDocumentType.MainlandResidentId => "居民身份证",
                IdentityDocumentType.HkMacauTaiwanResidencePermit => "港澳台居民居住证",
                IdentityDocumentType.ForeignPermanentResidentId => "外国人永久居留身份证",
                IdentityDocumentType.ManualReview => "护照",
                _ => "",
            },
            c.Confirmed ? "是" : "",
        }).ToList();
        var (file, name) = door switch
        {
            Door.Xlsx => (Workbook(header, rows), "filings.xlsx"),
            // Excel's "CSV UTF-8" writes a BOM; Chinese Windows' plain "CSV" writes GBK, of which GB 18030 is the whole.
            Door.CsvUtf8 => ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(header, rows))], "filings.csv"),
            _ => (Encoding.GetEncoding(54936).GetBytes(Csv(header, rows)), "filings.csv"),
        };

        var uploaded = await FilingUploads.UploadAsync(portal, "bj.admin", platformId, file, name);

        Assert.True(uploaded.Succeeded, uploaded.ToString());
        var result = uploaded.Value;
        Assert.Equal(Enumerable.Range(2, Cases.Length), result.Rows.Select(r => r.Line));
        return result.Rows.Select(r => (r.Outcome == FilingItemOutcome.Invalid ? null : r.Status, r.Problems.Select(p => p.Code).ToList(),
            string.Join("；", r.Problems.Select(p => p.Message)))).ToList();
    }

    private static string Csv(string[] header, List<string[]> rows) =>
        string.Join("\r\n", rows.Prepend(header).Select(r => string.Join(",", r))) + "\r\n";

    private static byte[] Workbook(string[] header, List<string[]> rows)
    {
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, rows.Select(r => header.Zip(r).ToDictionary(x => x.First, x => (object)x.Second)).ToList());
        return file.ToArray();
    }
}
