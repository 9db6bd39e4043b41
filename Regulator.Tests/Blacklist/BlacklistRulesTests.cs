using Regulator.Domain.Blacklist;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;

namespace Regulator.Tests.Blacklist;

public sealed class BlacklistRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private const string ResidentId = "11010519491231002X";
    private const string CreditCode = "91110000802100433B";

    [Theory]
    [InlineData(ResidentId, true)]
    [InlineData("110105194912310021", false)] // wrong check character: refused, not taken for a credit code
    [InlineData(CreditCode, true)]
    [InlineData("914403001922038216", true)] // an all-digit credit code
    [InlineData("12345", false)]
    [InlineData("", false)]
    public void A_number_is_a_resident_id_or_a_credit_code(string number, bool valid)
    {
        Assert.Equal(valid, BlacklistRules.IdentityProblem(number, Today) is null);
    }

    [Fact]
    public void A_mistyped_resident_id_is_explained_as_one()
    {
        Assert.Contains("校验位", BlacklistRules.IdentityProblem("110105194912310021", Today));
    }

    [Theory]
    [InlineData(BlacklistSeverity.Warning, null, "endsOn")]
    [InlineData(BlacklistSeverity.Permanent, 30, "endsOn")]
    [InlineData(BlacklistSeverity.TimedBan, -1, "endsOn")]
    public void A_period_must_fit_its_severity(BlacklistSeverity severity, int? endsInDays, string field)
    {
        var draft = Draft() with { Severity = severity, EndsOn = endsInDays is { } d ? Today.AddDays(d) : null };

        var assessment = Assess(draft);

        Assert.Contains(assessment.Problems, p => p.Field == field);
    }

    [Fact]
    public void A_start_in_the_future_and_an_unknown_platform_or_inactive_category_are_refused()
    {
        var retired = new ReportCategory { Id = 99, Code = "retired", IsActive = false };

        var assessment = BlacklistRules.Assess(Draft() with { StartsOn = Today.AddDays(1), PlatformIds = [7] }, ResidentId, retired, new HashSet<int> { 1 }, Today);

        Assert.Equal(["categoryCode", "platformIds", "startsOn"], assessment.Problems.Select(p => p.Field).Order());
    }

    [Fact]
    public void A_valid_proposal_is_cleaned_up()
    {
        var assessment = Assess(Draft() with { DisplayNames = [" 小明 ", "小明", ""], Facts = "  第一行\n第二行  " });

        Assert.True(assessment.IsValid);
        Assert.Equal(["小明"], assessment.DisplayNames);
        Assert.Equal("第一行\n第二行", assessment.Facts);
    }

    [Fact]
    public void Markup_in_facts_or_names_is_refused()
    {
        var assessment = Assess(Draft() with { DisplayNames = ["<script>"], Facts = "<b>x</b>" });

        Assert.Equal(["displayNames", "facts"], assessment.Problems.Select(p => p.Field).Order());
    }

    [Fact]
    public void A_refused_proposal_names_the_hidden_character_typed_into_the_number()
    {
        // As BlacklistCirculation assesses it: the canonical number, next to the draft as typed.
        var draft = Draft() with { IdentityNumber = "11010519491231\u200B0021" };
        var problem = BlacklistRules.Assess(draft, IdentityProtector.Normalize(draft.IdentityNumber), ReportTaxonomy.Seed[1], new HashSet<int> { 1 }, Today).Problems.Single();
        Assert.Equal(BlacklistProblemCodes.InvalidIdentityNumber, problem.Code);
        Assert.Contains("U+200B", problem.Message);
    }

    [Fact]
    public void A_number_Excel_cut_to_15_digits_gets_its_own_code_and_explanation()
    {
        var problem = Assess(Draft() with { IdentityNumber = "110105198503121000" }).Problems.Single();
        Assert.Equal(IdentityNumberCodes.ExcelTruncated, problem.Code);
        Assert.Contains("Excel", problem.Message);
    }

    private static BlacklistProposal Draft() =>
        new(ResidentId, ["小明"], [1], "obscene-material", "直播中传播淫秽内容", ["案卷 1"], BlacklistSeverity.TimedBan, Today.AddDays(-1), Today.AddDays(90));

    private static BlacklistAssessment Assess(BlacklistProposal draft) =>
        BlacklistRules.Assess(draft, draft.IdentityNumber!, ReportTaxonomy.Seed[1], new HashSet<int> { 1 }, Today);
}
