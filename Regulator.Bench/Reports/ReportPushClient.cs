using System.Net.Http.Headers;
using System.Text.Json;
using Regulator.Domain.Reports;
using Regulator.Web.Reports;

namespace Regulator.Bench.Reports;

/// <summary>The sending side of the push contract, as the National Reporting Platform would implement it: used by the simulator and the tests.</summary>
public sealed class ReportPushClient(HttpClient http, string secret, TimeProvider clock)
{
    public async Task<HttpResponseMessage> PushAsync(IReadOnlyList<ReportDraft> reports, CancellationToken ct = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ReportWireFormat.PushBody(reports), ReportWireFormat.Options);
        return await PushRawAsync(body, clock.GetUtcNow().ToUnixTimeSeconds(), ct);
    }

    /// <summary>Signs and sends a body as it is, with the given timestamp (tests send stale and malformed ones).</summary>
    public async Task<HttpResponseMessage> PushRawAsync(byte[] body, long timestamp, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(ReportSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(ReportSignature.SignatureHeader, ReportSignature.Sign(secret, timestamp, body));
        return await http.SendAsync(request, ct);
    }
}
