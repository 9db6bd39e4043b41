using System.Text;
using Regulator.Domain.Reports;
using Regulator.Web.Reports;

namespace Regulator.Tests.Reports;

public class IntakeFormatTests
{
    private const string Secret = "test-secret";

    [Fact]
    public void A_signed_request_verifies_and_a_tampered_or_stale_one_does_not()
    {
        var now = DateTimeOffset.UtcNow;
        var body = "{\"reports\":[]}"u8.ToArray();
        var ts = now.ToUnixTimeSeconds();
        var signature = ReportSignature.Sign(Secret, ts, body);
        Assert.Null(ReportSignature.Verify(Secret, ts.ToString(), signature, body, now));
        Assert.NotNull(ReportSignature.Verify(Secret, ts.ToString(), signature, "{\"reports\":[{}]}"u8, now));
        Assert.NotNull(ReportSignature.Verify("other", ts.ToString(), signature, body, now));
        Assert.NotNull(ReportSignature.Verify(Secret, (ts + 1).ToString(), signature, body, now)); // re-dated
        var old = now.AddMinutes(-6).ToUnixTimeSeconds();
        Assert.NotNull(ReportSignature.Verify(Secret, old.ToString(), ReportSignature.Sign(Secret, old, body), body, now));
    }

    [Fact]
    public void A_batch_is_read_item_by_item()
    {
        var items = ReportWireFormat.ReadBatch("""
            {"reports":[
              {"id":"A1","receivedAt":"2026-11-20T10:00:00+08:00","platformName":"星光直播","accountId":"1","category":"other","description":"x","minorInvolved":true},
              {"id":"A2","receivedAt":"yesterday"},
              42,
              {"id":"A4","receivedAt":"2026-11-20 10:00","evidence":["https://e.example.cn/a.jpg"]}
            ]}
            """u8.ToArray())!;
        Assert.Equal(4, items.Count);
        Assert.True(items[0].Draft!.MinorInvolved);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero), items[0].Draft!.ReceivedAt);
        Assert.Null(items[1].Draft);
        Assert.Contains("receivedAt", items[1].ReadErrors.Keys);
        Assert.Null(items[2].Draft);
        // Without an offset, a time is China Standard Time.
        Assert.Equal(TimeSpan.FromHours(8), items[3].Draft!.ReceivedAt!.Value.Offset);
        Assert.Null(ReportWireFormat.ReadBatch("[1,2]"u8.ToArray()));
    }

    [Fact]
    public void A_GB18030_CSV_file_is_read_row_by_row_with_line_numbers()
    {
        var csv = "id,receivedAt,platformName,accountName,category,description,evidence,minorInvolved,reporterContact\n" +
                  "C1,2026-11-20 10:00,星光直播,主播甲,other,\"直播间出现低俗内容，\n多次举报\",https://e.example.cn/1.jpg;https://e.example.cn/2.jpg,是,13812345678\n" +
                  "C2,not a date,星光直播,主播乙,other,内容,,否,\n" +
                  "C3,2026-11-20T11:00:00+08:00,云海视频,主播丙,other,内容,,maybe,\n";
        var bytes = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) is var gb ? gb.GetBytes(csv) : [];
        var items = ReportFile.Read("backlog.csv", bytes).ToList();
        // Rows as Excel shows them: the quoted two-line cell is one row.
        Assert.Equal([2, 3, 4], items.Select(i => i.Position));
        Assert.Equal("直播间出现低俗内容，\n多次举报", items[0].Draft!.Description);
        Assert.Equal(2, items[0].Draft!.Evidence!.Count);
        Assert.True(items[0].Draft!.MinorInvolved);
        Assert.Contains("receivedAt", items[1].ReadErrors.Keys);
        Assert.Contains("minorInvolved", items[2].ReadErrors.Keys);
    }

    [Fact]
    public void A_JSON_Lines_file_rejects_a_broken_line_and_keeps_the_others()
    {
        var text = "{\"id\":\"J1\",\"category\":\"other\"}\n\n{broken\n{\"id\":\"J4\"}\n";
        var items = ReportFile.Read("backlog.jsonl", Encoding.UTF8.GetBytes(text)).ToList();
        Assert.Equal([1, 3, 4], items.Select(i => i.Position));
        Assert.Equal("J1", items[0].Draft!.Id);
        Assert.Contains("json", items[1].ReadErrors.Keys);
        Assert.Equal("J4", items[2].Draft!.Id);
    }

    static IntakeFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
