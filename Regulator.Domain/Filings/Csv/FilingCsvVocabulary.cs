using System.Globalization;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// Headers and cell values as clerks write them, in Chinese or English. Matching ignores case, spaces, underscores
/// and hyphens, so "Platform Publisher ID", "platform_publisher_id" and "平台主播编号" are the same column.
/// </summary>
public static class FilingCsvVocabulary
{
    public static readonly IReadOnlyDictionary<FilingCsvColumn, (string Zh, string En, string[] Aliases)> Columns = new Dictionary<FilingCsvColumn, (string, string, string[])>
    {
        [FilingCsvColumn.PlatformPublisherId] = ("平台主播编号", "platform publisher id", ["主播编号", "publisher id"]),
        [FilingCsvColumn.PublisherType] = ("主播类型", "publisher type", ["类型", "type"]),
        [FilingCsvColumn.RealName] = ("真实姓名", "real name", ["姓名", "名称", "name"]),
        [FilingCsvColumn.IdentityNumber] = ("证件号码", "identity number", ["身份证号码", "身份证号", "统一社会信用代码", "id number"]),
        [FilingCsvColumn.DisplayNames] = ("显示名称", "display names", ["昵称", "display name"]),
        [FilingCsvColumn.ContentKinds] = ("内容类别", "content kinds", ["内容类型", "content kind"]),
        [FilingCsvColumn.GuardianName] = ("监护人姓名", "guardian name", []),
        [FilingCsvColumn.GuardianRelation] = ("监护关系", "guardian relation", ["监护人关系", "与主播关系"]),
        [FilingCsvColumn.GuardianIdentityNumber] = ("监护人身份证号码", "guardian identity number", ["监护人证件号码", "监护人身份证号"]),
        [FilingCsvColumn.GuardianConsentDate] = ("监护人同意日期", "guardian consent date", ["同意日期", "consent date"]),
        [FilingCsvColumn.DocumentType] = ("证件类型", "identity document type", ["document type"]),
        [FilingCsvColumn.IdentityConfirmed] = ("号码已核对", "identity number confirmed", ["已核对", "confirmed"]),
    };

    /// <summary>Without these the file cannot be read at all; guardian columns may be left out by platforms with no 16–17-year-olds.</summary>
    public static readonly FilingCsvColumn[] Required =
        [FilingCsvColumn.PlatformPublisherId, FilingCsvColumn.PublisherType, FilingCsvColumn.RealName, FilingCsvColumn.IdentityNumber, FilingCsvColumn.DisplayNames, FilingCsvColumn.ContentKinds];

    /// <summary>Several display names or content kinds share one cell, separated by any of these (a line break is Excel's Alt+Enter inside a cell).</summary>
    public static readonly char[] ListSeparators = [';', '；', '、', '|', ',', '，', '\n', '\r'];

    private static readonly Dictionary<string, FilingCsvColumn> ByHeader = Columns
        .SelectMany(c => c.Value.Aliases.Append(c.Value.Zh).Append(c.Value.En).Append(c.Key.ToString()).Select(a => (Key: Fold(a), Column: c.Key)))
        .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Column);

    private static readonly Dictionary<string, PublisherType> Types = Map(
        (PublisherType.Individual, ["个人", "自然人", "individual", "person"]),
        (PublisherType.Organization, ["机构", "企业", "单位", "organization", "organisation"]));

    private static readonly Dictionary<string, ContentKinds> Kinds = Map(
        (ContentKinds.NewsInformation, ["新闻信息", "新闻", "news", "newsInformation"]),
        (ContentKinds.Performance, ["演艺", "表演", "performance"]),
        (ContentKinds.AudioVisual, ["视听", "视听节目", "audioVisual", "audio visual"]),
        (ContentKinds.Other, ["其他", "其它", "other"]));

    private static readonly Dictionary<string, GuardianRelation> Relations = Map(
        (GuardianRelation.Father, ["父亲", "父", "father"]),
        (GuardianRelation.Mother, ["母亲", "母", "mother"]),
        (GuardianRelation.OtherLegalGuardian, ["其他法定监护人", "其他监护人", "其他", "other", "otherLegalGuardian"]));

    private static readonly Dictionary<string, IdentityDocumentType> DocumentTypes = Map(
        (IdentityDocumentType.MainlandResidentId, ["居民身份证", "身份证", "mainland resident id", "resident id"]),
        (IdentityDocumentType.HkMacauTaiwanResidencePermit, ["港澳台居民居住证", "居住证", "residence permit"]),
        (IdentityDocumentType.ForeignPermanentResidentId, ["外国人永久居留身份证", "永久居留身份证", "永居证", "foreign permanent resident id"]),
        (IdentityDocumentType.ManualReview, ["其他证件", "护照", "其他", "passport", "other", "other document"]));

    private static readonly Dictionary<string, bool> YesNo = Map(
        (true, ["是", "已核对", "yes", "true", "1", "y"]),
        (false, ["否", "no", "false", "0", "n"]));

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyyMMdd", "yyyy年M月d日", "yyyy.M.d"];

    public static FilingCsvColumn? ColumnFor(string header) => ByHeader.TryGetValue(Fold(header), out var c) ? c : null;

    public static PublisherType? TypeFor(string value) => Types.TryGetValue(Fold(value), out var t) ? t : null;

    public static ContentKinds? KindFor(string value) => Kinds.TryGetValue(Fold(value), out var k) ? k : null;

    public static GuardianRelation? RelationFor(string value) => Relations.TryGetValue(Fold(value), out var r) ? r : null;

    public static IdentityDocumentType? DocumentTypeFor(string value) => DocumentTypes.TryGetValue(Fold(value), out var t) ? t : null;

    public static bool? YesNoFor(string value) => YesNo.TryGetValue(Fold(value), out var b) ? b : null;

    public static DateOnly? DateFor(string value) =>
        DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Label(FilingCsvColumn column) => $"{Columns[column].Zh} ({Columns[column].En})";

    private static string Fold(string value) =>
        new(value.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-').Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, T> Map<T>(params (T Value, string[] Names)[] entries) =>
        entries.SelectMany(e => e.Names.Append(e.Value!.ToString()!).Select(n => (Key: Fold(n), e.Value))).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Value);
}
