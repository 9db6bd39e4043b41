using Regulator.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Credit;
using Regulator.Domain.Reports;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>Grades on the real model and database: explainable for every subject, new facts at once, facts from changed source records, model versions.</summary>
public sealed class CreditGradingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Every_seeded_subjects_points_add_up_to_its_score_and_give_its_grade_before_and_after_a_set_based_regrade(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var arrange = new CreditArrange(portal, National);
        await arrange.Collector.CollectAsync();
        await AssertExplainedAsync(arrange);
        var grades = await arrange.Db.CreditSubjects.GroupBy(s => s.Grade).Select(g => g.Key).ToListAsync();
        Assert.Contains(CreditGrade.A, grades);
        Assert.True(grades.Count >= 3, $"demo data shows several grades, got {string.Join(",", grades)}");

        await arrange.Grading.RegradeAllAsync(await arrange.Grading.ModelInForceAsync(), "测试：全员重新评级", rewriteFacts: true);
        await AssertExplainedAsync(arrange);
    }

    private static async Task AssertExplainedAsync(CreditArrange arrange)
    {
        var ids = await arrange.Db.CreditSubjects.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        Assert.True(ids.Count > 50, $"{ids.Count} subjects");
        foreach (var id in ids)
        {
            var explanation = (await arrange.Explanations.ExplainAsync(id, auditRead: false))!;
            Assert.True(explanation.Total == explanation.Subject.Score, $"subject {id}: base {explanation.Model.BaseScore} + facts {explanation.Counting.Sum(f => f.Points)} + publishers {explanation.Subject.PublisherPoints} ≠ score {explanation.Subject.Score}");
            Assert.Equal(explanation.Subject.Grade, explanation.Grade);
            Assert.All(explanation.Counting, f => Assert.True(f.CountsUntil >= explanation.Subject.GradedOn && f.WithdrawnUtc is null));
        }
    }

    [Theory, BothProviders]
    public async Task A_penalty_recorded_by_hand_is_in_the_grade_before_the_call_returns_with_a_history_line(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var subject = await FreshPublisherAsync(portal);
        await using var arrange = new CreditArrange(portal, Beijing);
        var number = $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var penalty = (await arrange.Penalties.RecordAsync(subject.Id, number, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), CreditSeverity.Serious, "组织未成年人直播打赏", BeijingProposer)).Value;
        Assert.NotNull(penalty);

        var explanation = (await arrange.Explanations.ExplainAsync(subject.Id))!;
        var points = explanation.Model.RuleFor(CreditFactKind.AdministrativePenalty, CreditSeverity.Serious)!.Points;
        var score = explanation.Model.BaseScore + points;
        Assert.Equal((score, explanation.Model.GradeFor(score)), (explanation.Subject.Score, explanation.Subject.Grade));
        var fact = Assert.Single(explanation.Counting);
        Assert.Equal((CreditFactKind.AdministrativePenalty, points, number, nameof(AdministrativePenalty), penalty!.Id.ToString()),
            (fact.Kind, fact.Points, fact.DocumentNumber, fact.SourceType, fact.SourceId));
        var line = explanation.History[^1];
        Assert.Equal((CreditGrade.A, explanation.Subject.Grade, 100, score), (line.FromGrade!.Value, line.ToGrade, line.FromScore!.Value, line.ToScore));
        Assert.Contains("行政处罚", line.Reason);
        Assert.True(await arrange.Db.AuditEntries.AnyAsync(a => a.Action == CreditAuditActions.PenaltyRecorded && a.Details == number));

        // The same document number again is refused; Guangdong does not find a Beijing subject at all.
        Assert.Equal(StepStatus.Conflict, (await arrange.Penalties.RecordAsync(subject.Id, number, DateOnly.FromDateTime(DateTime.UtcNow), CreditSeverity.Minor, "重复", BeijingProposer)).Status);
        await using var guangdong = new CreditArrange(portal, Guangdong);
        Assert.Equal(StepStatus.NotFound, (await guangdong.Penalties.RecordAsync(subject.Id, "粤网信罚〔2026〕1号", DateOnly.FromDateTime(DateTime.UtcNow), CreditSeverity.Minor, "越权", GuangdongAdmin)).Status);
        Assert.Null(await guangdong.Explanations.ExplainAsync(subject.Id));
        Assert.False(await guangdong.Db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.Action == CreditAuditActions.SubjectViewed && a.RecordId == subject.Id.ToString() && a.UserName == "province-44"));
    }

    [Theory, BothProviders]
    public async Task A_publisher_known_only_from_a_published_blacklist_entry_is_coded_by_its_masked_number_and_published_as_unfiled(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var arrange = new CreditArrange(portal, National);
        var entry = await BlacklistArrange.PublishAsync(portal, BlacklistArrange.NewIdentity());

        await arrange.Collector.CollectAsync();

        var person = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.IdentityBlindIndex == entry.IdentityBlindIndex);
        Assert.Equal((CreditSubject.UnfiledPublisherName, entry.IdentityMasked), (person.Name, person.Code));
        Assert.Contains("*", person.Code);
        // The register publishes a real name as surname and *, but this is no name to cut.
        Assert.Equal(CreditSubject.UnfiledPublisherName, UntrustworthyProcedure.MaskName(person.Name));
        Assert.Equal("王*", UntrustworthyProcedure.MaskName("王小明"));
    }

    [Theory, BothProviders]
    public async Task Changed_source_records_become_facts_a_substantiated_case_a_published_entry_and_a_lift_on_appeal_withdraws(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var arrange = new CreditArrange(portal, National);
        var publisherId = $"host-{Guid.NewGuid():N}"[..16];
        var (caseId, _) = await Reports.ReportsArrange.NewCaseAsync(portal, "11", accountId: publisherId);
        var platformId = (await arrange.Db.ReportCases.SingleAsync(c => c.Id == caseId)).PlatformId!.Value;
        var identity = BlacklistArrange.NewIdentity();
        await BlacklistArrange.FileAsync(portal, platformId, (publisherId, identity));
        await Reports.ReportsArrange.CloseAsync(portal, caseId, CaseOutcome.Substantiated, PunitiveMeasures.Warning);
        var entry = await BlacklistArrange.PublishAsync(portal, identity);

        await arrange.Collector.CollectAsync();
        var facts = await arrange.Db.CreditFacts.AsNoTracking().Where(f => (f.SourceType == nameof(ReportCase) && f.SourceId == caseId.ToString())
                                                                       || (f.SourceType == nameof(BlacklistEntry) && f.SourceId == entry.Id.ToString())).ToListAsync();
        var person = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.IdentityBlindIndex == entry.IdentityBlindIndex);
        var platform = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.PlatformId == platformId);
        Assert.Equal(3, facts.Count);
        Assert.Contains(facts, f => f.SubjectId == platform.Id && f.Kind == CreditFactKind.ReportSubstantiated);
        Assert.Contains(facts, f => f.SubjectId == person.Id && f.Kind == CreditFactKind.ReportSubstantiated && f.Points == -5);
        Assert.Contains(facts, f => f.SubjectId == person.Id && f.Kind == CreditFactKind.BlacklistPublished && f.Points == -25);
        Assert.Equal((70, CreditGrade.C), (person.Score, person.Grade));

        // A second pass finds nothing new; lifting on appeal withdraws the entry's fact and restores the points.
        Assert.Equal(0, await arrange.Collector.CollectAsync());
        await BlacklistArrange.LiftAsync(portal, entry.Id);
        await arrange.Collector.CollectAsync();
        var withdrawn = await arrange.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(BlacklistEntry) && f.SourceId == entry.Id.ToString());
        Assert.NotNull(withdrawn.WithdrawnUtc);
        Assert.Equal(0, withdrawn.Points);
        var after = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == person.Id);
        Assert.Equal((95, CreditGrade.A), (after.Score, after.Grade));
    }

    [Theory, BothProviders]
    public async Task A_new_model_version_is_previewed_by_province_then_published_re_grading_everyone_and_saying_why(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var subject = await FreshPublisherAsync(portal);
        await using var arrange = new CreditArrange(portal, National);
        await arrange.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow), CreditSeverity.General, "未履行实名备案", NationalAdmin);
        Assert.Equal(CreditGrade.B, (await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == subject.Id)).Grade);

        var current = await arrange.Grading.ModelInForceAsync();
        var rules = current.Rules.Select(r => new CreditRuleDraft(r.Kind, r.Severity,
            r.Kind == CreditFactKind.AdministrativePenalty ? r.Points * 2 : r.Points, r.CountsDays)).ToList();
        var draftInput = new CreditModelDraft(100, 95, 80, 60, 40, 365, rules, "行政处罚分值加倍");
        Assert.Equal(StepStatus.Refused, (await arrange.Models.DraftAsync(draftInput, BeijingProposer)).Status);
        Assert.Equal(StepStatus.Refused, (await arrange.Models.PreviewAsync(current.Version, BeijingProposer)).Status);
        Assert.Equal(StepStatus.Refused, (await arrange.Models.PublishAsync(current.Version, "越权发布", BeijingProposer)).Status);
        var draft = (await arrange.Models.DraftAsync(draftInput, NationalAdmin)).Value;

        var preview = (await arrange.Models.PreviewAsync(draft.Version, NationalAdmin)).Value;
        var beijing = preview.Single(p => p.ProvinceCode == "11" && p.Kind == (int)CreditSubjectKind.Publisher);
        Assert.True(beijing.Downgraded >= 1);
        Assert.Equal(await arrange.Db.CreditSubjects.CountAsync(), preview.Sum(p => p.Subjects));
        // A preview writes nothing.
        Assert.Equal(CreditGrade.B, (await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == subject.Id)).Grade);

        var changed = (await arrange.Models.PublishAsync(draft.Version, "提高行政处罚权重", NationalAdmin)).Value;
        Assert.True(changed >= beijing.Downgraded);
        var explanation = (await arrange.Explanations.ExplainAsync(subject.Id, auditRead: false))!;
        Assert.Equal((draft.Version, 60, CreditGrade.C, -40), (explanation.Subject.ModelVersion, explanation.Subject.Score, explanation.Subject.Grade, explanation.Counting.Single().Points));
        Assert.Equal(explanation.Total, explanation.Subject.Score);
        Assert.Contains($"评级模型第 {draft.Version} 版发布：提高行政处罚权重", explanation.History[^1].Reason);
        Assert.Equal(CreditModelState.Retired, (await arrange.Db.CreditRatingModels.SingleAsync(m => m.Version == current.Version)).State);
        Assert.True(await arrange.Db.AuditEntries.AnyAsync(a => a.Action == CreditAuditActions.ModelPublished && a.RecordId == draft.Version.ToString()));
    }

    [Theory, BothProviders]
    public async Task After_the_clean_period_a_subject_with_an_old_lapse_earns_the_positive_fact_once(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var subject = await FreshPublisherAsync(portal);
        await using var arrange = new CreditArrange(portal, National);
        var model = await arrange.Grading.ModelInForceAsync();
        await arrange.Recorder.RecordAsync(new CreditFactDraft(CreditFactKind.PlatformMeasure, CreditSeverity.Serious, "Test", Guid.NewGuid().ToString("N")[..20],
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-model.CleanPeriodDays - 10), "11", Domain.Common.Agency.Cyberspace, "关闭账号", IdentityBlindIndex: subject.IdentityBlindIndex));
        Assert.True(await arrange.Daily.GrantCleanPeriodsAsync() >= 1);
        Assert.Equal(0, await arrange.Db.CreditFacts.CountAsync(f => f.SubjectId == subject.Id && f.Kind == CreditFactKind.CleanPeriod) - 1);
        await arrange.Daily.GrantCleanPeriodsAsync();
        Assert.Equal(1, await arrange.Db.CreditFacts.CountAsync(f => f.SubjectId == subject.Id && f.Kind == CreditFactKind.CleanPeriod));
        await arrange.Grading.RegradeAsync(subject.Id, "测试");
        var explanation = (await arrange.Explanations.ExplainAsync(subject.Id, auditRead: false))!;
        Assert.Equal(model.BaseScore - 15 + 3, explanation.Subject.Score);
        Assert.Equal(explanation.Total, explanation.Subject.Score);
    }
}
