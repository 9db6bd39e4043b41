using System.Net;
using System.Text.RegularExpressions;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>
/// Hangfire's dashboard at /jobs/hangfire, behind the portal's sign-in: anonymous visitors are sent to sign in,
/// platforms get nothing, other staff read it without its buttons (and their POSTs are refused), national
/// administrators can trigger a recurring job from it. It works under the portal's Content-Security-Policy.
/// </summary>
public sealed partial class HangfireDashboardTests(HangfireDashboardTests.Portal portal) : IClassFixture<HangfireDashboardTests.Portal>
{
    public sealed class Portal() : JobsPortal(DatabaseProvider.Sqlite);

    private const string Recurring = JobsEndpoints.HangfireDashboardPath + "/recurring";
    private const string Trigger = JobsEndpoints.HangfireDashboardPath + "/recurring/trigger";

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await portal.CreatePortalClient().GetAsync(Recurring);

        Assert.StartsWith(PortalSignIn.LoginPath, response.RedirectTarget(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_platform_gets_nothing()
    {
        string key;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var platform = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().Platforms.OrderBy(p => p.Id).FirstAsync();
            key = (await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().IssueAsync(platform, "test", PlatformApiScopes.All, "tests")).Value.PlainText;
        }
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var response = await client.GetAsync(Recurring);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("hangfire", (await response.Content.ReadAsStringAsync()).ToLowerInvariant().Replace("/jobs/hangfire", ""));
    }

    [Fact]
    public async Task An_analyst_reads_without_buttons_and_a_trigger_post_is_refused()
    {
        var client = await portal.SignInAsync("national.analyst");

        var page = await client.GetAsync(Recurring);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(RecurringJobs.Inspection.Name, html);
        Assert.DoesNotContain("recurring/trigger", html);
        var before = await CountRunsAsync();
        var refused = await client.SendAsync(TriggerRequest(html));
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(before, await CountRunsAsync());
    }

    [Fact]
    public async Task A_national_administrator_triggers_a_recurring_job_from_it()
    {
        var client = await portal.SignInAsync("national.admin");

        var page = await client.GetAsync(Recurring);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("recurring/trigger", html);
        // The dashboard runs under the portal's policy: no inline script for it to need.
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());

        var before = await CountRunsAsync();
        var response = await client.SendAsync(TriggerRequest(html));

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var runs = await portal.WaitForRunsAsync(RecurringJobs.MonthlyNationalReport.Name, r => r.Count > before && r[^1].Outcome != JobRunOutcome.Running);
        Assert.Equal(JobRunOutcome.Succeeded, runs[^1].Outcome);
        Assert.Equal(JobRun.ScheduleTrigger, runs[^1].TriggerName);
    }

    /// <summary>The dashboard's own "trigger now" for the monthly report, with the antiforgery token its page carries.</summary>
    private static HttpRequestMessage TriggerRequest(string dashboardHtml)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Trigger)
        {
            Content = new FormUrlEncodedContent([new("jobs[]", RecurringJobs.MonthlyNationalReport.Name)]),
        };
        var header = AntiforgeryHeader().Match(dashboardHtml);
        var token = AntiforgeryToken().Match(dashboardHtml);
        if (header.Success && token.Success) request.Headers.Add(WebUtility.HtmlDecode(header.Groups[1].Value), WebUtility.HtmlDecode(token.Groups[1].Value));
        return request;
    }

    private async Task<int> CountRunsAsync() =>
        (await JobRuns.WaitAsync(portal.Services, RecurringJobs.MonthlyNationalReport.Name, _ => true)).Count;

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
