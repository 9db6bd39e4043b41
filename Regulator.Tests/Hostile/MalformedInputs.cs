using System.Text;

namespace Regulator.Tests.Hostile;

/// <summary>
/// The malformed-input corpus: bodies that are not JSON, are JSON of the wrong shape, or carry the right shape with
/// wrong types, unknown members (one named like an identity number), hostile encodings and sizes. Each API gets the
/// general corpus plus its own shapes; none of them may be stored, and none may be answered with anything but a 4xx.
/// </summary>
public static class MalformedInputs
{
    /// <summary>A resident identity number used as bait: it must never come back in an answer.</summary>
    public const string Bait = "110105197001011234";

    /// <summary>Bodies no JSON API of the portal can take, whatever shape it expects.</summary>
    public static IEnumerable<(string Name, byte[] Body)> General()
    {
        string[] texts =
        [
            "", " ", "\n", "null", "true", "false", "0", "-1", "1e400", "\"text\"", "\"" + Bait + "\"",
            "{", "}", "[", "]", "[{", "{\"a\":", "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1,}", "[1,]", "{\"a\":1}{\"b\":2}", "[1][2]",
            "/* comment */ {}", "{\"a\":1} // trailing", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":undefined}", "{\"a\":0x10}",
            "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"unterminated}", "{\"a\":\"tab\there\"}", "{\"" + Bait + "\":1}", "{\"$." + Bait + "\":{}}",
            "[null]", "[[]]", "[\"" + Bait + "\"]", "[1,2,3]", "[true]", "{\"\":\"\"}",
            new string('[', 2000) + new string(']', 2000), new string('{', 500),
            "\uFEFF", "\uFEFF\uFEFF{}", "<xml/>", "<?xml version=\"1.0\"?><a>" + Bait + "</a>", "a=1&b=2", "--boundary\r\n",
            "{\"a\":\"\u0000\"}", "\u0000", "{\"a\":1}\u0000",
        ];
        foreach (var (text, i) in texts.Select((t, i) => (t, i))) yield return ($"text#{i}", Encoding.UTF8.GetBytes(text));
        yield return ("invalid UTF-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        yield return ("lone surrogate bytes", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D]);
        yield return ("UTF-16 BOM", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]);
        yield return ("binary", Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());
        yield return ("GB18030 bytes", Encoding.Latin1.GetBytes("{\"a\":\"\xC4\xE3\xBA\xC3\"}"));
    }

    /// <summary>Filing-shaped bodies that are refused as a whole (wrong types, unknown members, wrong enum values).</summary>
    public static IEnumerable<(string Name, string Body)> Filings()
    {
        string[] members =
        [
            "\"publisherType\":1", "\"publisherType\":\"alien\"", "\"publisherType\":null,\"x\":1", "\"displayNames\":\"one\"", "\"displayNames\":[1]",
            "\"contentKinds\":123", "\"contentKinds\":[\"nonsense\"]", "\"contentKinds\":{}", "\"identityNumber\":[\"" + Bait + "\"]",
            "\"identityNumber\":" + Bait, "\"identityNumber\":{\"n\":\"" + Bait + "\"}", "\"guardain\":{}", "\"" + Bait + "\":\"x\"",
            "\"guardian\":\"" + Bait + "\"", "\"guardian\":{\"identityNumber\":1}", "\"guardian\":{\"relation\":\"alien\"}", "\"guardian\":{\"consentDate\":\"yesterday\"}",
            "\"guardian\":{\"consentDate\":\"2026-02-30\"}", "\"platformPublisherId\":1", "\"platformPublisherId\":[]", "\"realName\":{}", "\"realName\":true",
        ];
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            yield return ($"filing#{i}", "{\"platformPublisherId\":\"hostile-" + i + "\",\"realName\":\"张三\",\"identityNumber\":\"" + Bait + "\"," + member + "}");
            yield return ($"filing-batch#{i}", "[{\"platformPublisherId\":\"hostile-b" + i + "\"," + member + "}]");
        }
    }

    /// <summary>Blacklist check bodies refused as a whole.</summary>
    public static IEnumerable<(string Name, string Body)> BlacklistChecks()
    {
        yield return ("both", "{\"identityNumber\":\"" + Bait + "\",\"identityNumbers\":[\"" + Bait + "\"]}");
        yield return ("neither", "{}");
        yield return ("empty batch", "{\"identityNumbers\":[]}");
        yield return ("number", "{\"identityNumber\":" + Bait + "}");
        yield return ("object", "{\"identityNumbers\":{\"a\":\"" + Bait + "\"}}");
        yield return ("nested", "{\"identityNumbers\":[[\"" + Bait + "\"]]}");
    }

    /// <summary>A blacklist check of 101 numbers, one more than a check may hold (answered 413 like every oversize batch).</summary>
    public static string TooManyBlacklistChecks() => "{\"identityNumbers\":[" + string.Join(",", Enumerable.Repeat("\"" + Bait + "\"", 101)) + "]}";

    /// <summary>Report push bodies refused as a whole (signed correctly, so the body itself is what is wrong).</summary>
    public static IEnumerable<(string Name, string Body)> ReportPushes()
    {
        yield return ("no reports", "{}");
        yield return ("reports null", "{\"reports\":null}");
        yield return ("reports object", "{\"reports\":{}}");
        yield return ("reports string", "{\"reports\":\"" + Bait + "\"}");
        yield return ("array root", "[{\"reports\":[]}]");
        yield return ("too many", "{\"reports\":[" + string.Join(",", Enumerable.Repeat("{}", 1001)) + "]}");
    }

    /// <summary>Report items each malformed (the batch is answered 422 and none of them stored).</summary>
    public static IEnumerable<(string Name, string Item)> ReportItems()
    {
        string[] items =
        [
            "{}", "null", "1", "\"" + Bait + "\"", "[]",
            "{\"id\":\"" + Bait + "\"}",
            "{\"id\":\"h1\",\"category\":\"" + Bait + "\",\"reportedAt\":\"2026-11-30T10:00:00+08:00\",\"accountId\":\"a\",\"description\":\"x\"}",
            "{\"id\":\"h2\",\"category\":\"harmful-sexual\",\"reportedAt\":\"not a date\",\"accountId\":\"a\",\"description\":\"x\"}",
            "{\"id\":\"h3\",\"category\":\"harmful-sexual\",\"reportedAt\":\"2026-11-30T10:00:00+08:00\",\"accountId\":\"a\",\"description\":\"x\",\"evidence\":[\"javascript:alert(1)\"]}",
            "{\"id\":\"h4\",\"category\":\"harmful-sexual\",\"reportedAt\":\"2026-11-30T10:00:00+08:00\",\"accountId\":\"a\",\"description\":\"\\u0007bell\"}",
            "{\"id\":\"" + new string('x', 300) + "\",\"category\":\"harmful-sexual\"}",
            "{\"id\":\"h5\",\"category\":1}",
        ];
        foreach (var (item, i) in items.Select((t, i) => (t, i))) yield return ($"report-item#{i}", item);
    }

    /// <summary>CSV uploads that cannot be read at all (encoding, columns, emptiness).</summary>
    public static IEnumerable<(string Name, byte[] File)> FilingCsvFiles()
    {
        yield return ("empty", []);
        yield return ("blank lines", "\r\n\r\n"u8.ToArray());
        yield return ("binary", Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());
        yield return ("no columns", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"));
        yield return ("header only", Encoding.UTF8.GetBytes("平台主播编号,主播类型,真实姓名,身份证号码,昵称,内容类别\n"));
        yield return ("number as header", Encoding.UTF8.GetBytes(Bait + ",x\n" + Bait + ",y\n"));
        yield return ("invalid both encodings", [0xFF, 0xFF, 0xFF, 0x2C, 0x81, 0x20, 0x0A]);
        yield return ("UTF-16", Encoding.Unicode.GetBytes("平台主播编号,主播类型\n"));
    }

    /// <summary>
    /// Backlog files for <c>/reports/import</c> that must store nothing: unreadable as a whole (encoding, a truncated or
    /// fake workbook, no id column, no rows, over the size limit) or whose every row is refused (formula injection,
    /// markup in fields, an identity number as the report id). Valid otherwise, so only the hostile part refuses them.
    /// </summary>
    public static IEnumerable<(string Name, string FileName, byte[] File)> ReportFiles()
    {
        const string header = "id,receivedAt,platformName,accountName,accountId,category,description,reporterContact";
        static string Row(string id, string platform = "星光直播", string account = "主播", string description = "直播内容低俗") =>
            $"{id},2026-11-30T10:00:00+08:00,{platform},{account},acc-{id},harmful-sexual,{description},13900001111";
        static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header)) + "\r\n");

        yield return ("empty", "reports.csv", []);
        yield return ("blank lines", "reports.csv", "\r\n\r\n"u8.ToArray());
        yield return ("binary as csv", "reports.csv", Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());
        yield return ("binary as jsonl", "reports.jsonl", Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());
        yield return ("invalid both encodings", "reports.csv", [0xFF, 0xFF, 0xFF, 0x2C, 0x81, 0x20, 0x0A]);
        yield return ("UTF-16 csv", "reports.csv", Encoding.Unicode.GetBytes(header + "\n" + Row("u16") + "\n"));
        yield return ("UTF-16 jsonl", "reports.jsonl", Encoding.Unicode.GetBytes("{\"id\":\"u16\"}\n"));
        yield return ("header only", "reports.csv", Csv());
        yield return ("no id column", "reports.csv", Encoding.UTF8.GetBytes("编号,内容\n1,x\n"));
        yield return ("number as header", "reports.csv", Encoding.UTF8.GetBytes(Bait + ",x\n" + Bait + ",y\n"));
        yield return ("number as id", "reports.csv", Csv(Row(Bait)));
        yield return ("fake workbook", "reports.xlsx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 64)]);
        yield return ("workbook as csv name", "reports.csv", [0x50, 0x4B, 0x05, 0x06, .. new byte[18]]);
        yield return ("truncated workbook", "reports.xlsx", TruncatedWorkbook());
        yield return ("oversized", "reports.csv", new byte[Regulator.Domain.Reports.ReportFile.MaxBytes + 1]);
        string[] formulas = ["=HYPERLINK(\"http://evil.example\";\"点击\")", "=1+1", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", " =2*3"];
        foreach (var (formula, i) in formulas.Select((f, i) => (f, i)))
        {
            var cell = "\"" + formula.Replace("\"", "\"\"") + "\"";
            yield return ($"formula in account #{i}", "reports.csv", Csv(Row($"f-a{i}", account: cell)));
            yield return ($"formula in description #{i}", "reports.csv", Csv(Row($"f-d{i}", description: cell)));
            yield return ($"formula in platform #{i}", "reports.csv", Csv(Row($"f-p{i}", platform: cell)));
        }
        string[] markup = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>平台</b>", "</td><td>", "<!-- x -->", "主播<svg/onload=alert(1)>"];
        foreach (var (tag, i) in markup.Select((m, i) => (m, i)))
        {
            yield return ($"markup in account #{i}", "reports.csv", Csv(Row($"m-a{i}", account: tag)));
            yield return ($"markup in description #{i}", "reports.csv", Csv(Row($"m-d{i}", description: tag)));
            yield return ($"markup in platform #{i}", "reports.jsonl", Encoding.UTF8.GetBytes(
                "{\"id\":\"m-j" + i + "\",\"receivedAt\":\"2026-11-30T10:00:00+08:00\",\"platformName\":\"" + tag.Replace("\"", "\\\"") + "\",\"accountId\":\"a\",\"category\":\"harmful-sexual\",\"description\":\"x\"}\n"));
        }
    }

    private static byte[] TruncatedWorkbook()
    {
        using var file = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(file, new[] { new Dictionary<string, object> { ["id"] = "t1", ["receivedAt"] = "2026-11-30T10:00:00+08:00", ["platformName"] = "星光直播",
            ["accountId"] = "a", ["category"] = "harmful-sexual", ["description"] = "x" } });
        var bytes = file.ToArray();
        return bytes[..(bytes.Length / 2)];
    }
}
