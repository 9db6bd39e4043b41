using Regulator.Domain.Credit;

namespace Regulator.Tests.Credit;

/// <summary>The rating arithmetic of model version 1: thresholds, designation caps, the platform's publisher part, and counting periods.</summary>
public sealed class CreditScoreTests
{
    private static readonly CreditRatingModel Model = WithRules();
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static CreditRatingModel WithRules()
    {
        var model = CreditModelSeed.Version1();
        model.Rules = [.. CreditModelSeed.Version1Rules()];
        return model;
    }

    [Theory]
    [InlineData(100, CreditGrade.A)]
    [InlineData(95, CreditGrade.A)]
    [InlineData(94, CreditGrade.B)]
    [InlineData(80, CreditGrade.B)]
    [InlineData(79, CreditGrade.C)]
    [InlineData(60, CreditGrade.C)]
    [InlineData(59, CreditGrade.D)]
    public void Thresholds_give_the_documented_grades(int score, CreditGrade grade) => Assert.Equal(grade, CreditScore.Grade(Model, score, null));

    [Fact]
    public void A_serious_listing_is_D_and_a_minor_one_at_best_C_whatever_the_score()
    {
        Assert.Equal(CreditGrade.D, CreditScore.Grade(Model, 100, DesignationLevel.Serious));
        Assert.Equal(CreditGrade.C, CreditScore.Grade(Model, 100, DesignationLevel.Minor));
        Assert.Equal(CreditGrade.D, CreditScore.Grade(Model, 40, DesignationLevel.Minor));
    }

    [Fact]
    public void Facts_count_from_their_day_for_the_rules_number_of_days_then_stop()
    {
        // A timed blacklisting: −25 for 1095 days, the day itself being day 1.
        var fact = CreditFactRecorder.Weigh(Model, new CreditFact { Kind = CreditFactKind.BlacklistPublished, Severity = CreditSeverity.General, OccurredOn = Today });
        Assert.Equal((-25, Today.AddDays(1094), 1), (fact.Points, fact.CountsUntil, fact.ModelVersion));
        Assert.Equal(75, CreditScore.Score(Model, [fact], Today.AddDays(1094)));
        Assert.Equal(100, CreditScore.Score(Model, [fact], Today.AddDays(1095)));
        fact.WithdrawnUtc = DateTime.UtcNow;
        Assert.Equal(100, CreditScore.Score(Model, [fact], Today));
    }

    [Fact]
    public void A_platform_loses_the_penalty_times_the_share_of_its_publishers_at_C_or_D_truncated()
    {
        Assert.Equal(0, CreditScore.PublisherPoints(Model, 0, 0));
        Assert.Equal(-4, CreditScore.PublisherPoints(Model, 100, 10));
        Assert.Equal(-13, CreditScore.PublisherPoints(Model, 3, 1));
        Assert.Equal(-40, CreditScore.PublisherPoints(Model, 7, 7));
    }

    [Fact]
    public void The_seeded_model_has_exactly_one_rule_per_kind_and_severity_and_validates()
    {
        var draft = new CreditModelDraft(Model.BaseScore, Model.ThresholdA, Model.ThresholdB, Model.ThresholdC, Model.PlatformPublisherPenalty, Model.CleanPeriodDays,
            [.. Model.Rules.Select(r => new CreditRuleDraft(r.Kind, r.Severity, r.Points, r.CountsDays))], "copy");
        Assert.Empty(CreditModels.Validate(draft));
        Assert.NotEmpty(CreditModels.Validate(draft with { Rules = draft.Rules.Skip(1).ToList() }));
        Assert.NotEmpty(CreditModels.Validate(draft with { ThresholdB = 96 }));
    }
}
