using System.Globalization;
using System.Text;

namespace Regulator.Domain.Jobs;

/// <summary>
/// Puts a cron expression (Hangfire's: five fields, or six with seconds first) into words, in Chinese or English, for the shapes administrators write:
/// fixed times, every n seconds/minutes/hours, weekdays, days of the month, months. A field in a form it does
/// not know (L, W, #, mixed lists of steps) is quoted as written rather than guessed at.
/// </summary>
public static class CronWords
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    // Cron numbers the days of the week from 0 = Sunday, and also accepts 7 for Sunday, hence d % 7 below.
    private static readonly string[] DayZh = ["日", "一", "二", "三", "四", "五", "六"];
    private static readonly string[] DayEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthEn = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static string Describe(string expression, bool chinese)
    {
        var f = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 5) f = ["0", .. f];
        if (f.Length != 6) return expression;
        var text = new StringBuilder();
        text.Append(Days(f[3], f[4], f[5], chinese));
        text.Append(chinese ? "" : ", ");
        text.Append(Time(f[0], f[1], f[2], chinese));
        return text.ToString();
    }

    private static string Days(string dayOfMonth, string month, string dayOfWeek, bool zh)
    {
        var months = month == "*" ? "" : zh ? $"{List(month, m => $"{m}", MonthNames, 1)} 月" : $"in {List(month, m => MonthEn[m - 1], MonthNames, 1)}";
        string days;
        if (dayOfWeek is not ("*" or "?"))
            days = zh ? "每周" + List(dayOfWeek, d => DayZh[d % 7], DayNames, 0, "、", "至") : "every " + List(dayOfWeek, d => DayEn[d % 7], DayNames, 0, ", ", " to ");
        else if (dayOfMonth is "*" or "?")
            days = zh ? "每天" : "every day";
        else if (dayOfMonth == "L")
            days = zh ? "每月最后一天" : "on the last day of the month";
        else
            days = zh ? $"每月 {List(dayOfMonth, d => $"{d}", [], 0)} 日" : $"on day {List(dayOfMonth, d => $"{d}", [], 0)} of the month";
        if (months.Length == 0) return days;
        // A month restriction reads before the days in Chinese ("1 月每天") and after them in English.
        return zh ? months + days.Replace("每月", "") : $"{days} {months}";
    }

    private static string Time(string second, string minute, string hour, bool zh)
    {
        if (Step(second) is { } everySeconds && minute == "*" && hour == "*")
            return zh ? $"每 {everySeconds} 秒" : $"every {everySeconds} seconds";
        if (Step(minute) is { } everyMinutes)
            return (zh ? $"每 {everyMinutes} 分钟" : $"every {everyMinutes} minutes") + HourWindow(hour, zh);
        if (Step(hour) is { } everyHours && IsNumber(minute))
            return zh ? $"每 {everyHours} 小时的第 {minute} 分" : $"every {everyHours} hours at minute {minute}";
        if (IsNumber(minute) && hour.Split(',').All(IsNumber) && IsNumber(second))
        {
            var seconds = int.Parse(second, CultureInfo.InvariantCulture);
            var times = hour.Split(',').Select(h => seconds == 0 ? $"{int.Parse(h, CultureInfo.InvariantCulture):00}:{int.Parse(minute, CultureInfo.InvariantCulture):00}"
                : $"{int.Parse(h, CultureInfo.InvariantCulture):00}:{int.Parse(minute, CultureInfo.InvariantCulture):00}:{seconds:00}");
            return zh ? " " + string.Join("、", times) : "at " + string.Join(", ", times);
        }
        if (minute == "*" && hour == "*") return zh ? "每分钟" : "every minute";
        return zh ? $"（秒 {second} 分 {minute} 时 {hour}）" : $"(second {second}, minute {minute}, hour {hour})";
    }

    private static string HourWindow(string hour, bool zh)
    {
        if (hour == "*") return "";
        var range = hour.Split('-');
        if (range.Length == 2 && IsNumber(range[0]) && IsNumber(range[1]))
            return zh ? $"（{range[0].PadLeft(2, '0')}:00 至 {range[1].PadLeft(2, '0')}:59）" : $" between {range[0].PadLeft(2, '0')}:00 and {range[1].PadLeft(2, '0')}:59";
        return zh ? $"（{hour} 时）" : $" during hour {hour}";
    }

    /// <summary>n for <c>*/n</c> or <c>0/n</c>.</summary>
    private static string? Step(string field)
    {
        var parts = field.Split('/');
        return parts.Length == 2 && parts[0] is "*" or "0" && IsNumber(parts[1]) ? parts[1] : null;
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    /// <summary>A list of values and ranges ("MON-FRI", "1,15", "2-4") with each value named; anything else is quoted.</summary>
    private static string List(string field, Func<int, string> name, string[] symbols, int symbolBase, string separator = "、", string rangeWord = "-")
    {
        var items = new List<string>();
        foreach (var item in field.Split(','))
        {
            var range = item.Split('-');
            if (range.Length == 2 && Value(range[0], symbols, symbolBase) is { } from && Value(range[1], symbols, symbolBase) is { } to)
                items.Add(name(from) + rangeWord + name(to));
            else if (range.Length == 1 && Value(item, symbols, symbolBase) is { } single)
                items.Add(name(single));
            else
                return field;
        }
        return string.Join(separator, items);
    }

    private static int? Value(string token, string[] symbols, int symbolBase)
    {
        if (IsNumber(token)) return int.Parse(token, CultureInfo.InvariantCulture);
        var index = Array.IndexOf(symbols, token.ToUpperInvariant());
        return index < 0 ? null : index + symbolBase;
    }
}
