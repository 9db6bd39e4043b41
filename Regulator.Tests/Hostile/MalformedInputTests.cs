using Regulator.Domain.Common;
using Regulator.Bench.Reports;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Domain.Reports;
using Regulator.Web.Blacklist;
using Regulator.Web.Reports;

namespace Regulator.Tests.Hostile;

/// <summary>
/// The <see cref="MalformedInputs"/> corpus sent to every API that takes a body and to the filing upload: each is
/// answered with a 4xx (never a 2xx, never a 5xx), no answer carries an identity number in clear (not even the one
/// sent), and the database is the same afterwards. The backlog import refuses each of its malformed files in the same way.
/// </summary>
public sealed class MalformedInputTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Every_malformed_input_is_refused_clearly_and_changes_nothing(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await FilingsApiClient.ForNewPlatformAsync(portal, "11");
        var pusher = new ReportPushClient(portal.CreateClient(), portal.Services.GetRequiredService<ReportIntakeOptions>().SharedSecret, TimeProvider.System);
        var failures = new List<string>();
        var sent = 0;

        var before = await DatabaseFingerprint.TakeAsync(portal);
        async Task ExpectAsync(string what, HttpResponseMessage response, params int[] allowed)
        {
            sent++;
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status is < 400 or >= 500 || (allowed.Length > 0 && !allowed.Contains(status))) failures.Add($"{what}: {status} {Clip(body)}");
            if (body.Contains(MalformedInputs.Bait, StringComparison.Ordinal) || IdentityLeaks.In(body).Count > 0) failures.Add($"{what}: identity number in the answer: {Clip(body)}");
        }

        foreach (var (name, body) in MalformedInputs.General())
        {
            await ExpectAsync($"filings {name}", await api.Http.PostAsync("/api/v1/filings", Json(body)));
            await ExpectAsync($"blacklist check {name}", await api.Http.PostAsync("/api/v1/blacklist/check", Json(body)));
            await ExpectAsync($"blacklist report {name}", await api.Http.PostAsync("/api/v1/blacklist/reports", Json(body)));
            await ExpectAsync($"report push {name}", await pusher.PushRawAsync(body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        }
        foreach (var (name, body) in MalformedInputs.Filings()) await ExpectAsync(name, await api.PostJsonAsync(body), 400);
        foreach (var (name, body) in MalformedInputs.BlacklistChecks()) await ExpectAsync($"blacklist check {name}", await api.Http.PostAsync("/api/v1/blacklist/check", Json(body)), 400);
        // Too many items is the one oversize status of every platform API.
        await ExpectAsync("blacklist check, too many", await api.Http.PostAsync("/api/v1/blacklist/check", Json(MalformedInputs.TooManyBlacklistChecks())), 413);
        foreach (var (name, body) in MalformedInputs.ReportPushes()) await ExpectAsync($"report push {name}", await pusher.PushRawAsync(Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        foreach (var (name, item) in MalformedInputs.ReportItems())
            await ExpectAsync(name, await pusher.PushRawAsync(Encoding.UTF8.GetBytes("{\"reports\":[" + item + "]}"), DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        // What is wrong around the body: content type, key, signature, size.
        var filing = Encoding.UTF8.GetBytes("{\"platformPublisherId\":\"p1\"}");
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
        {
            var content = new ByteArrayContent(filing);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            await ExpectAsync($"filings as {type}", await api.Http.PostAsync("/api/v1/filings", content), 415);
        }
        foreach (var key in new[] { "", "x", "Bearer", "rk_" + MalformedInputs.Bait, new string('A', 5000) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/filings") { Content = Json(filing) };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
            await ExpectAsync($"filings with key '{Clip(key)}'", await portal.CreateClient().SendAsync(request), 401);
        }
        var report = Encoding.UTF8.GetBytes("{\"reports\":[]}");
        await ExpectAsync("push, stale", await pusher.PushRawAsync(report, DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds()), 401);
        await ExpectAsync("push, future", await pusher.PushRawAsync(report, DateTimeOffset.UtcNow.AddMinutes(6).ToUnixTimeSeconds()), 401);
        foreach (var (timestamp, signature) in new[] { ("", "sha256=00"), ("x", "sha256=00"), (Now(), ""), (Now(), "sha256=zz"), (Now(), "md5=00"), (Now(), "sha256=" + new string('0', 64)) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = Json(report) };
            request.Headers.TryAddWithoutValidation(ReportSignature.TimestampHeader, timestamp);
            request.Headers.TryAddWithoutValidation(ReportSignature.SignatureHeader, signature);
            await ExpectAsync($"push signed '{signature}' at '{timestamp}'", await portal.CreateClient().SendAsync(request), 401);
        }
        var limit = portal.Services.GetRequiredService<ReportIntakeOptions>().MaxBodyBytes;
        await ExpectAsync("push over the size limit", await pusher.PushRawAsync(new byte[limit + 1], DateTimeOffset.UtcNow.ToUnixTimeSeconds()), 413);
        await ExpectAsync("filings over the size limit", await api.Http.PostAsync("/api/v1/filings", Json(new byte[4 * 1024 * 1024 + 1])), 413);
        await ExpectAsync("blacklist check over the size limit", await api.Http.PostAsync("/api/v1/blacklist/check", Json(new byte[BlacklistApi.MaxRequestBytes + 1])), 413);
        await ExpectAsync("blacklist report over the size limit", await api.Http.PostAsync("/api/v1/blacklist/reports", Json(new byte[BlacklistApi.MaxRequestBytes + 1])), 413);

        // The upload page hands the file to this one step once it has crossed the circuit; a refusal is its file error.
        foreach (var (name, file) in MalformedInputs.FilingCsvFiles())
        {
            sent++;
            var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, file, name.Contains("header") ? MalformedInputs.Bait + ".csv" : "filings.csv");
            var answer = result.Failure?.Message + string.Concat(FilingUploads.Rows(result).Select(r => r.PublisherId + r.Problems));
            if (result.Succeeded) failures.Add($"upload {name}: not refused ({result.Value.Rows.Count} rows read)");
            if (answer.Contains(MalformedInputs.Bait, StringComparison.Ordinal) || IdentityLeaks.In(answer).Count > 0) failures.Add($"upload {name}: identity number in the answer: {Clip(answer)}");
        }

        // The backlog import (/reports/import) hands the file to one step the same way; every row must be refused too.
        foreach (var (name, fileName, file) in MalformedInputs.ReportFiles())
        {
            sent++;
            var result = await portal.AsAsync<ReportFileImport, StepResult<IntakeResult>>("national.admin", (import, _) => import.ImportAsync(fileName, file));
            var rows = result.Succeeded ? result.Value.Items : [];
            var answer = result.Failure?.Message + string.Concat(rows.Select(r => r.Id + string.Concat(r.Errors.Values)));
            if (result.Succeeded && (rows.Count == 0 || rows.Any(r => r.Status != IntakeItemStatus.Rejected || r.Errors.Count == 0)))
                failures.Add($"report import {name}: not refused ({string.Join(", ", rows.Select(r => r.Status))})");
            if (answer.Contains(MalformedInputs.Bait, StringComparison.Ordinal) || IdentityLeaks.In(answer).Count > 0) failures.Add($"report import {name}: identity number in the answer: {Clip(answer)}");
        }

        Assert.True(sent >= 200, $"The corpus holds {sent} inputs; it should hold at least 200.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed inputs were answered wrongly:\n" + string.Join("\n", failures.Take(60)));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(portal));
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static ByteArrayContent Json(string body) => Json(Encoding.UTF8.GetBytes(body));

    private static string Clip(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
