using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Bench.Reports;
using Regulator.Domain.Filings;
using Regulator.Domain.Reports;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Blacklist;
using Regulator.Web.Reports;

namespace Regulator.Tests.Api;

/// <summary>
/// The platform APIs answer alike (issue 11): a request too big in items or in bytes is 413 problem+json on filings,
/// report pushes and the blacklist, the OpenAPI document says so, and item errors have one shape everywhere.
/// </summary>
public sealed class PlatformApiProblemTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Fact]
    public async Task Too_many_items_or_too_many_bytes_is_413_problem_json_on_every_batch_api()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await FilingsApiClient.ForNewPlatformAsync(portal, "11");
        var pusher = new ReportPushClient(portal.CreateClient(), portal.Services.GetRequiredService<ReportIntakeOptions>().SharedSecret, TimeProvider.System);
        var maxReportBytes = portal.Services.GetRequiredService<ReportIntakeOptions>().MaxBodyBytes;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var answers = new (string What, HttpResponseMessage Response)[]
        {
            ("filings, items", await api.PostJsonAsync("[" + string.Join(",", Enumerable.Repeat("{}", FilingIntake.MaxBatchSize + 1)) + "]")),
            ("filings, bytes", await api.Http.PostAsync("/api/v1/filings", Json(new byte[4 * 1024 * 1024 + 1]))),
            ("reports, items", await pusher.PushRawAsync(Encoding.UTF8.GetBytes("{\"reports\":[" + string.Join(",", Enumerable.Repeat("{}", ReportIntake.MaxBatchSize + 1)) + "]}"), now)),
            ("reports, bytes", await pusher.PushRawAsync(new byte[maxReportBytes + 1], now)),
            ("blacklist check, items", await api.Http.PostAsync("/api/v1/blacklist/check",
                Json(Encoding.UTF8.GetBytes("{\"identityNumbers\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 101)) + "]}")))),
            ("blacklist check, bytes", await api.Http.PostAsync("/api/v1/blacklist/check", Json(new byte[BlacklistApi.MaxRequestBytes + 1]))),
            ("blacklist report, bytes", await api.Http.PostAsync("/api/v1/blacklist/reports", Json(new byte[BlacklistApi.MaxRequestBytes + 1]))),
        };

        foreach (var (what, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{what}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(413, problem.GetProperty("status").GetInt32());
            // Chinese first, English in parentheses, as every problem of the portal.
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}.*\(.+\)$", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task The_openapi_document_declares_413_for_every_batch_call()
    {
        var response = await portals[DatabaseProvider.Sqlite].CreatePortalClient().GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/filings", "/api/v1/reports", "/api/v1/blacklist/check", "/api/v1/blacklist/reports" })
        {
            var responses = paths.GetProperty(path).GetProperty("post").GetProperty("responses");
            Assert.True(responses.TryGetProperty("413", out var tooLarge), $"{path} does not declare 413");
            Assert.True(tooLarge.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path}: 413 is not problem+json");
        }
    }

    [Fact]
    public async Task Item_errors_have_one_shape_on_filings_report_pushes_and_the_blacklist_check()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await FilingsApiClient.ForNewPlatformAsync(portal, "11");
        var pusher = new ReportPushClient(portal.CreateClient(), portal.Services.GetRequiredService<ReportIntakeOptions>().SharedSecret, TimeProvider.System);

        var filing = await FilingsApiClient.JsonAsync(await api.PostJsonAsync("[{\"platformPublisherId\":\"shape-1\"}]"));
        var report = JsonDocument.Parse(await (await pusher.PushRawAsync(Encoding.UTF8.GetBytes("{\"reports\":[{\"id\":\"shape-report-1\"}]}"),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds())).Content.ReadAsStringAsync()).RootElement;
        var check = JsonDocument.Parse(await (await api.Http.PostAsync("/api/v1/blacklist/check", Json(Encoding.UTF8.GetBytes("{\"identityNumbers\":[\"12345\"]}"))))
            .Content.ReadAsStringAsync()).RootElement;

        foreach (var (what, answer) in new[] { ("filings", filing), ("report push", report), ("blacklist check", check) })
        {
            var errors = answer.GetProperty("errors").EnumerateArray().ToList();
            Assert.True(errors.Count > 0, $"{what}: no errors");
            Assert.All(errors, e => Assert.Equal(["code", "field", "id", "index", "message"], e.EnumerateObject().Select(p => p.Name).Order()));
            Assert.All(errors, e => Assert.Equal(0, e.GetProperty("index").GetInt32()));
        }
        Assert.Equal("shape-1", filing.GetProperty("errors")[0].GetProperty("id").GetString());
        Assert.Equal("shape-report-1", report.GetProperty("errors")[0].GetProperty("id").GetString());
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
