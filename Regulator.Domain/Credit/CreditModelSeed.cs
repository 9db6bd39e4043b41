namespace Regulator.Domain.Credit;

/// <summary>
/// Version 1 of the rating model and the listing criteria, put in every database by the migration (the national
/// administrator publishes later versions through <see cref="CreditModels"/>). Base 100; A 守信 ≥ 95, B 基本守信 80–94,
/// C 失信风险 60–79, D 严重失信 &lt; 60. A single serious fact (a permanent blacklisting, −45; a heavy penalty, −40)
/// takes a clean subject to C or D on its own; everyday lapses (a warning, −2) leave it at A.
/// </summary>
public static class CreditModelSeed
{
    public static readonly DateTime CreatedUtc = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    public static CreditRatingModel Version1() => new()
    {
        Id = 1, Version = 1, State = CreditModelState.Published, BaseScore = 100, ThresholdA = 95, ThresholdB = 80, ThresholdC = 60,
        PlatformPublisherPenalty = 40, CleanPeriodDays = 365, Notes = "初始版本 (initial version)", CreatedBy = "system", CreatedUtc = CreatedUtc,
        PublishedBy = "system", PublishedUtc = CreatedUtc, PublishReason = "初始版本 (initial version)",
    };

    /// <summary>(kind, minor, general, serious) points and days.</summary>
    private static readonly (CreditFactKind Kind, (int Points, int Days) Minor, (int Points, int Days) General, (int Points, int Days) Serious)[] Table =
    [
        (CreditFactKind.ReportSubstantiated, (-3, 365), (-5, 365), (-10, 730)),
        (CreditFactKind.PlatformMeasure, (-2, 180), (-6, 365), (-15, 730)),
        (CreditFactKind.BlacklistPublished, (-10, 365), (-25, 1095), (-45, 1825)),
        (CreditFactKind.InspectionFinding, (-2, 180), (-5, 365), (-10, 730)),
        (CreditFactKind.SpotCheckFailed, (-3, 365), (-8, 365), (-15, 730)),
        (CreditFactKind.AdministrativePenalty, (-10, 730), (-20, 1095), (-40, 1825)),
        (CreditFactKind.SpotCheckPassed, (1, 365), (2, 365), (3, 365)),
        (CreditFactKind.FindingCorrected, (1, 180), (2, 365), (3, 365)),
        (CreditFactKind.CleanPeriod, (3, 365), (3, 365), (3, 365)),
    ];

    public static IReadOnlyList<CreditRule> Version1Rules() =>
    [
        .. Table.SelectMany((row, i) => new[]
        {
            new CreditRule { Id = i * 3 + 1, ModelId = 1, Kind = row.Kind, Severity = CreditSeverity.Minor, Points = row.Minor.Points, CountsDays = row.Minor.Days },
            new CreditRule { Id = i * 3 + 2, ModelId = 1, Kind = row.Kind, Severity = CreditSeverity.General, Points = row.General.Points, CountsDays = row.General.Days },
            new CreditRule { Id = i * 3 + 3, ModelId = 1, Kind = row.Kind, Severity = CreditSeverity.Serious, Points = row.Serious.Points, CountsDays = row.Serious.Days },
        }),
    ];

    /// <summary>
    /// The listing criteria as first seeded, from the culture and tourism market credit provisions (文化和旅游市场信用管理规定)
    /// as MCT minors opinion 14 applies them to the online cultural market. The wording of the basis is data: the national
    /// office keeps it in step with the provisions in force.
    /// </summary>
    public static IReadOnlyList<UntrustworthyCriterion> Criteria() =>
    [
        new()
        {
            Id = 1, Code = "serious-minors-harm", Level = DesignationLevel.Serious, Title = "严重损害未成年人身心健康，被列入黑名单或受到行政处罚",
            LegalBasis = "《文化和旅游市场信用管理规定》关于严重失信主体认定的规定；《关于加强网络文化市场未成年人保护工作的意见》（办市场发〔2021〕211号）第十四条",
            FactKinds = [CreditFactKind.BlacklistPublished, CreditFactKind.AdministrativePenalty], MinimumFacts = 1,
            DefaultMeasures = ["在全国文化市场信用信息平台公示", "列为重点监管对象，提高抽查比例和频次", "限制参与评比表彰", "通报各直播平台，不得为其新开直播账号"],
        },
        new()
        {
            Id = 2, Code = "serious-heavy-penalty", Level = DesignationLevel.Serious, Title = "受到较重行政处罚（如责令停业整顿、吊销许可证）",
            LegalBasis = "《文化和旅游市场信用管理规定》关于严重失信主体认定的规定；《网络直播服务管理规定》第十五条",
            FactKinds = [CreditFactKind.AdministrativePenalty], MinimumFacts = 1,
            DefaultMeasures = ["在全国文化市场信用信息平台公示", "列为重点监管对象，提高抽查比例和频次", "限制申请财政资金项目和评比表彰"],
        },
        new()
        {
            Id = 3, Code = "minor-repeated-breaches", Level = DesignationLevel.Minor, Title = "一年内多次违法违规，经处置或责令整改后仍未改正",
            LegalBasis = "《文化和旅游市场信用管理规定》关于轻微失信主体认定的规定；《网络直播服务管理规定》第十四条、第十五条",
            FactKinds = [CreditFactKind.ReportSubstantiated, CreditFactKind.PlatformMeasure, CreditFactKind.InspectionFinding, CreditFactKind.SpotCheckFailed], MinimumFacts = 2,
            DefaultMeasures = ["列为重点监管对象，适当提高抽查比例", "约谈提醒并督促整改"],
        },
    ];
}
