using Cronos;
using Regulator.Domain.Common;

namespace Regulator.Domain.Jobs;

/// <summary>
/// A recurring job's schedule: a cron expression as Hangfire reads it (six fields, seconds first: seconds minutes
/// hours day-of-month month day-of-week; or the five-field form without seconds), evaluated in China Standard Time,
/// which is the time people set it in and read it in. Days of the week count from 0 = Sunday (7 is Sunday too).
/// </summary>
public sealed class CronSchedule
{
    /// <summary>
    /// Each firing of a portal job walks every platform or builds PDFs; anything more frequent than this would
    /// pile runs up behind one another, so a typo like <c>* * * * * ?</c> is refused rather than obeyed.
    /// </summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    /// <summary>Asia/Shanghai rather than a fixed offset: Hangfire stores the zone by id with the recurring job.</summary>
    public static readonly TimeZoneInfo ChinaZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly CronExpression _cron;

    private CronSchedule(string expression, CronExpression cron) => (Expression, _cron) = (expression, cron);

    /// <summary>The expression as written (trimmed), which is what Hangfire is given.</summary>
    public string Expression { get; }

    /// <summary>Null when acceptable, otherwise why not, in Chinese then English.</summary>
    public static string? Validate(string? expression) => TryParse(expression, out _, out var error) ? null : error;

    public static bool TryParse(string? expression, out CronSchedule schedule, out string error)
    {
        schedule = null!;
        error = "";
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "请填写 cron 表达式 (a cron expression is required)";
            return false;
        }
        var text = string.Join(' ', expression.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var fields = text.Split(' ').Length;
        if (fields is not (5 or 6) || !CronExpression.TryParse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out var cron))
        {
            error = "cron 表达式无效：应为“秒 分 时 日 月 周”六段（或不含秒的五段） (not a valid cron expression: seconds minutes hours day-of-month month day-of-week, or the five fields without seconds)";
            return false;
        }
        var candidate = new CronSchedule(text, cron);
        var next = candidate.NextOccurrences(DateTimeOffset.UtcNow, 2);
        if (next.Count == 0)
        {
            error = "该表达式今后不会再触发 (this expression never fires again)";
            return false;
        }
        if (next.Count == 2 && next[1] - next[0] < MinimumInterval)
        {
            error = $"触发过于频繁：两次运行至少间隔 {MinimumInterval.TotalMinutes:0} 分钟 (fires too often: at least {MinimumInterval.TotalMinutes:0} minute between runs)";
            return false;
        }
        schedule = candidate;
        return true;
    }

    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException(error);

    /// <summary>The next firings after <paramref name="from"/>, in China Standard Time.</summary>
    public IReadOnlyList<DateTimeOffset> NextOccurrences(DateTimeOffset from, int count)
    {
        var result = new List<DateTimeOffset>(count);
        var cursor = from;
        while (result.Count < count && _cron.GetNextOccurrence(cursor, ChinaZone) is { } next)
        {
            result.Add(next.ToOffset(ChinaTime.Offset));
            cursor = next;
        }
        return result;
    }

    public string Describe(bool chinese) => CronWords.Describe(Expression, chinese);
}
