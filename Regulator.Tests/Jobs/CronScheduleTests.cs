using Regulator.Domain.Jobs;

namespace Regulator.Tests.Jobs;

public class CronScheduleTests
{
    [Theory]
    [InlineData("0 0 2 * * ?", "每天 02:00", "every day, at 02:00")]
    [InlineData("0 30 6 ? * MON", "每周一 06:30", "every Monday, at 06:30")]
    [InlineData("0 0 7 1 * ?", "每月 1 日 07:00", "on day 1 of the month, at 07:00")]
    [InlineData("0 0/15 9-17 ? * MON-FRI", "每周一至五每 15 分钟（09:00 至 17:59）", "every Monday to Friday, every 15 minutes between 09:00 and 17:59")]
    [InlineData("0 0 8,20 * * ?", "每天 08:00、20:00", "every day, at 08:00, 20:00")]
    [InlineData("0 0 3 L * ?", "每月最后一天 03:00", "on the last day of the month, at 03:00")]
    public void Describes_a_schedule_in_Chinese_and_English(string cron, string chinese, string english)
    {
        var schedule = CronSchedule.Parse(cron);
        Assert.Equal(chinese, schedule.Describe(chinese: true));
        Assert.Equal(english, schedule.Describe(chinese: false));
    }

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("0 0 25 * * ?", "无效")]
    [InlineData("every day", "无效")]
    [InlineData("* * * * * ?", "过于频繁")]
    [InlineData("0 0 0 1 1 ? 2001", "无效")] // no year field in Hangfire's cron
    [InlineData("0 0 0 30 2 ?", "不会再触发")]
    public void Refuses_what_is_not_a_usable_schedule_and_says_why(string cron, string reason)
    {
        Assert.Contains(reason, CronSchedule.Validate(cron));
    }

    [Fact]
    public void Next_runs_are_computed_and_shown_in_China_Standard_Time()
    {
        // 2026-11-22 20:00 UTC is 2026-11-23 04:00 in Beijing: the next 02:00 there is the 24th.
        var next = CronSchedule.Parse("0 0 2 * * ?").NextOccurrences(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal([new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.FromHours(8))], next);
        Assert.All(next, n => Assert.Equal(TimeSpan.FromHours(8), n.Offset));
    }
}
