using Regulator.Domain.Reports;

namespace Regulator.Tests.Reports;

public class CaseRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly WorkingCalendar Calendar = new(new WorkingCalendarOptions());

    private static ReportCategory Category(int id = 2, CasePriority priority = CasePriority.Normal) =>
        new() { Id = id, Code = "c" + id, NameZh = "类别", NameEn = "Category", DeadlineWorkingDays = 5, BasePriority = priority, Source = LegalSource.MctMinorsOpinions, Article = 6 };

    private static ReportCase OpenCase(DateTime received, ReportCategory category, bool minor = false)
    {
        var account = new ReportedAccount("星光直播", null, "主播甲", "10001", null, null);
        var report = new Report { ReceivedUtc = received, IngestedUtc = received.AddMinutes(3), PlatformId = 1, MinorInvolved = minor };
        return ReportCase.OpenFor(report, account, account.CaseKey(1), category, "11", Calendar);
    }

    [Fact]
    public void A_case_names_the_platform_as_registered_even_when_the_report_gave_only_its_code()
    {
        var account = new ReportedAccount(null, "91110108MA01XXXX0X", "主播甲", "10001", null, null);
        var report = new Report { ReceivedUtc = Start, IngestedUtc = Start, PlatformUscc = "91110108MA01XXXX0X", PlatformId = 1 };
        Assert.Equal("星光直播", ReportCase.OpenFor(report, account, account.CaseKey(1), Category(), "11", Calendar, "星光直播").PlatformName);
        // Unmatched, the case keeps what the report said: triage needs it to find the platform.
        Assert.Equal("91110108MA01XXXX0X", ReportCase.OpenFor(new Report { ReceivedUtc = Start, IngestedUtc = Start, PlatformUscc = "91110108MA01XXXX0X" }, account, account.CaseKey(null), Category(), null, Calendar).PlatformName);
    }

    [Theory]
    [InlineData(71.9, true)]
    [InlineData(72, true)]
    [InlineData(72.1, false)]
    [InlineData(-71, true)] // an older report from a backlog, still within the window
    [InlineData(-73, false)]
    public void Reports_within_72_hours_of_the_case_group_into_it(double hoursLater, bool accepted)
    {
        var category = Category();
        var @case = OpenCase(Start, category);
        Assert.Equal(accepted, @case.Accepts(@case.CaseKey, category.Id, Start.AddHours(hoursLater)));
    }

    [Fact]
    public void The_window_spans_the_whole_case_not_each_report()
    {
        var category = Category();
        var @case = OpenCase(Start, category);
        @case.Include(new Report { ReceivedUtc = Start.AddHours(60) }, category, Calendar);
        // 70 hours after the second report but 130 after the first: a new case.
        Assert.False(@case.Accepts(@case.CaseKey, category.Id, Start.AddHours(130)));
        Assert.Equal(2, @case.ReportCount);
    }

    [Fact]
    public void Another_category_account_or_a_closed_case_does_not_group()
    {
        var category = Category();
        var @case = OpenCase(Start, category);
        Assert.False(@case.Accepts(@case.CaseKey, 99, Start.AddHours(1)));
        Assert.False(@case.Accepts(new ReportedAccount("星光直播", null, null, "10002", null, null).CaseKey(1), category.Id, Start.AddHours(1)));
        @case.AssignTo("u", "检查员", "11", "admin", Start);
        Assert.Null(@case.Close(CaseOutcome.Unsubstantiated, PunitiveMeasures.None, null, "查无实据", "inspector", Start.AddDays(1)));
        Assert.False(@case.Accepts(@case.CaseKey, category.Id, Start.AddHours(2)));
    }

    [Fact]
    public void The_case_key_folds_case_and_width_and_prefers_the_account_id()
    {
        var a = new ReportedAccount("星光直播", null, "主播甲", "ＡＢＣ１２３", "555", null);
        var b = new ReportedAccount("星光直播", null, "另一个昵称", "abc123", "777", null);
        Assert.Equal(a.CaseKey(1), b.CaseKey(1));
        Assert.NotEqual(a.CaseKey(1), a.CaseKey(2));
    }

    [Theory]
    [InlineData(CasePriority.Normal, false, CasePriority.Normal)]
    [InlineData(CasePriority.Normal, true, CasePriority.High)]
    [InlineData(CasePriority.High, true, CasePriority.Urgent)]
    [InlineData(CasePriority.Urgent, true, CasePriority.Urgent)]
    public void A_minor_involved_raises_priority_one_step(CasePriority basePriority, bool minor, CasePriority expected)
    {
        Assert.Equal(expected, Category(priority: basePriority).PriorityFor(minor));
    }

    [Fact]
    public void A_later_report_involving_a_minor_raises_the_case()
    {
        var category = Category();
        var @case = OpenCase(Start, category);
        Assert.Equal(CasePriority.Normal, @case.Priority);
        @case.Include(new Report { ReceivedUtc = Start.AddHours(1), MinorInvolved = true }, category, Calendar);
        Assert.Equal(CasePriority.High, @case.Priority);
        Assert.True(@case.MinorInvolved);
    }

    [Fact]
    public void Closing_follows_the_rules_of_Article_14()
    {
        var @case = OpenCase(Start, Category());
        Assert.NotNull(@case.Close(CaseOutcome.Substantiated, PunitiveMeasures.Warning, null, "属实", "x", Start)); // not assigned yet
        Assert.NotNull(@case.AssignTo("u", "检查员", "44", "admin", Start)); // another province's staff
        Assert.Null(@case.AssignTo("u", "检查员", "11", "admin", Start));
        Assert.NotNull(@case.Close(CaseOutcome.Unsubstantiated, PunitiveMeasures.Warning, null, "查无实据", "x", Start)); // measures need substantiation
        Assert.NotNull(@case.Close(CaseOutcome.Transferred, PunitiveMeasures.None, " ", "移交", "x", Start)); // transfer names the department
        Assert.NotNull(@case.Close(CaseOutcome.Substantiated, PunitiveMeasures.Warning, null, "", "x", Start)); // a note is required
        Assert.Null(@case.Close(CaseOutcome.Substantiated, PunitiveMeasures.Warning | PunitiveMeasures.AccountClosure, null, "属实，已关闭账号", "x", Start));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal([CaseEventKind.Assigned, CaseEventKind.Closed], @case.Events.Select(e => e.Kind));
    }

    [Fact]
    public void The_opening_step_is_derived_from_the_first_report_taken_in_and_the_route_it_took()
    {
        var @case = OpenCase(Start, Category());
        var opening = @case.Opening();
        Assert.Equal(CaseEventKind.Opened, opening.Kind);
        Assert.Equal(Start.AddMinutes(3), opening.OccurredUtc);
        Assert.Equal("11", opening.RoutedToProvinceCode);

        var account = new ReportedAccount("野火直播", null, "主播乙", "20002", null, null);
        var triaged = ReportCase.OpenFor(new Report { ReceivedUtc = Start, IngestedUtc = Start }, account, account.CaseKey(null), Category(), null, Calendar);
        Assert.Null(triaged.Opening().RoutedToProvinceCode);
        Assert.Null(triaged.RouteTo("44", null, "national", Start.AddHours(1)));
        // Routed out of triage later: it still opened there.
        Assert.Null(triaged.Opening().RoutedToProvinceCode);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("zhang.san@example.cn", "z***@example.cn")]
    [InlineData("12345", "1***5")]
    public void Reporter_contacts_are_masked(string contact, string masked) => Assert.Equal(masked, ReporterContact.Mask(contact));
}
