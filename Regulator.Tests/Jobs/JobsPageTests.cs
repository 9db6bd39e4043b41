using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>The jobs page through the real pipeline: what it shows, and its buttons as a browser posts them.</summary>
public sealed class JobsPageTests(JobsPageTests.Portal portal) : IClassFixture<JobsPageTests.Portal>
{
    public sealed class Portal() : JobsPortal(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Lists_the_recurring_jobs_with_the_schedule_in_words_and_the_next_runs_in_China_Standard_Time()
    {
        var client = await portal.SignInAsync("national.analyst");
        var page = await HtmlPage.GetAsync(client, "/jobs");

        var rows = page.QuerySelectorAll("#recurring-jobs tbody tr");
        Assert.Equal(RecurringJobs.All.Select(j => j.Name), rows.Select(r => r.GetAttribute("data-job")));
        var inspection = rows.Single(r => r.GetAttribute("data-job") == "inspection");
        Assert.Contains("0 0 2 * * ?", inspection.TextContent);
        Assert.Contains("每天 02:00", inspection.TextContent);
        var next = inspection.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(3, next.Count);
        Assert.All(next, t => Assert.EndsWith("T02:00:00+08:00", t));
        // An analyst may look, not act.
        Assert.Empty(page.QuerySelectorAll("#recurring-jobs form"));
        // Fewer runs than a page: no link to a next one.
        Assert.Null(page.QuerySelector("#job-runs a[rel=next]"));

        await client.GetAsync("/culture?name=en&returnUrl=/jobs");
        var english = await HtmlPage.GetAsync(client, "/jobs");
        Assert.Contains("every day, at 02:00", english.QuerySelector("tr[data-job=inspection]")!.TextContent);
    }

    [Fact]
    public async Task Run_now_posts_with_antiforgery_runs_the_job_and_its_run_shows_in_the_history()
    {
        var client = await portal.SignInAsync("national.admin");
        var before = await CountRunsAsync(RecurringJobs.MonthlyNationalReport.Name);

        var response = await PostActionAsync(client, RecurringJobs.MonthlyNationalReport.Name, "run");

        Assert.Equal("/jobs", response.RedirectTarget());
        var runs = await portal.WaitForRunsAsync(RecurringJobs.MonthlyNationalReport.Name, r => r.Count > before && r[^1].Outcome != JobRunOutcome.Running);
        var run = runs[^1];
        Assert.True(run.Outcome == JobRunOutcome.Succeeded, run.Error);
        Assert.StartsWith("/jobs/documents/", run.ProducedHref);
        var fragment = (await HtmlPage.ParseAsync(await client.GetAsync($"/jobs/runs/{run.Id}/progress"))).QuerySelector($"#run-progress-history-{run.Id}")!;
        Assert.Contains("成功", fragment.TextContent);
        Assert.False(fragment.HasAttribute("hx-trigger"));
        var history = await HtmlPage.GetAsync(client, "/jobs?job=monthly-national-report");
        Assert.Contains(history.QuerySelectorAll("#job-runs tbody tr"), r => r.TextContent.Contains("手动运行") && r.TextContent.Contains("全国网络直播执法月报"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(run.ProducedHref + "/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_forged_post_and_a_provincial_administrator_cannot_operate_jobs()
    {
        var admin = await portal.SignInAsync("national.admin");
        var forged = await admin.PostAsync("/jobs/inspection/actions", new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pause" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var provincial = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(provincial, "/jobs");
        Assert.Empty(page.QuerySelectorAll("#recurring-jobs form"));
        var token = (await HtmlPage.GetAsync(admin, "/jobs")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var refused = await provincial.PostAsync("/jobs/inspection/actions", new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pause", ["__RequestVerificationToken"] = token }));
        Assert.NotEqual("/jobs", refused.RedirectTarget());
        Assert.False(refused.IsSuccessStatusCode);
        Assert.NotEqual(RecurringJobState.Paused, await StateAsync("inspection"));
    }

    [Fact]
    public async Task Pausing_resuming_and_rescheduling_take_effect_are_validated_and_audited()
    {
        var client = await portal.SignInAsync("national.admin");

        Assert.Equal("/jobs", (await PostActionAsync(client, "weekly-provincial-report", "pause")).RedirectTarget());
        var paused = await HtmlPage.GetAsync(client, "/jobs");
        Assert.Contains("已暂停", paused.QuerySelector("tr[data-job=weekly-provincial-report]")!.TextContent);
        Assert.Equal("/jobs", (await PostActionAsync(client, "weekly-provincial-report", "resume")).RedirectTarget());
        Assert.Equal(RecurringJobState.Normal, await StateAsync("weekly-provincial-report"));

        var detail = await HtmlPage.GetAsync(client, "/jobs/weekly-provincial-report");
        var refused = await HtmlPage.ParseAsync(await HtmlForm.Named(detail, "cron").SubmitAsync(client, new Dictionary<string, string> { ["Input.Cron"] = "* * * * * ?" }));
        Assert.Contains("触发过于频繁", refused.QuerySelector(".invalid-feedback")!.TextContent);

        var saved = await HtmlForm.Named(refused, "cron").SubmitAsync(client, new Dictionary<string, string> { ["Input.Cron"] = "0 15 7 ? * MON" });
        Assert.Equal("/jobs", saved.RedirectTarget());
        var row = (await HtmlPage.GetAsync(client, "/jobs")).QuerySelector("tr[data-job=weekly-provincial-report]")!;
        Assert.Contains("每周一 07:15", row.TextContent);
        Assert.All(row.QuerySelectorAll("time"), t => Assert.EndsWith("T07:15:00+08:00", t.GetAttribute("datetime")));

        await using var scope = portal.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().AuditEntries
            .Where(e => e.RecordId == "weekly-provincial-report").Select(e => e.Action).ToListAsync();
        Assert.Equal([JobAuditActions.Paused, JobAuditActions.Resumed, JobAuditActions.Rescheduled], audit);
    }

    [Fact]
    public async Task A_province_lists_and_downloads_only_its_own_reports()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var control = scope.ServiceProvider.GetRequiredService<JobControl>();
            await control.RunNowAsync(RecurringJobs.WeeklyProvincialReport);
            await control.RunNowAsync(RecurringJobs.MonthlyNationalReport);
        }
        await portal.WaitForRunsAsync(RecurringJobs.WeeklyProvincialReport.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded));
        await portal.WaitForRunsAsync(RecurringJobs.MonthlyNationalReport.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded));
        await using var read = portal.Services.CreateAsyncScope();
        var documents = await read.ServiceProvider.GetRequiredService<RegulatorDbContext>().GeneratedDocuments
            .Select(d => new { d.Id, d.ProvinceCode, d.Kind }).ToListAsync();
        var beijing = documents.First(d => d.ProvinceCode == "11");
        var national = documents.First(d => d.Kind == Domain.Documents.DocumentKind.MonthlyNationalReport);
        var guangdong = documents.First(d => d.ProvinceCode == "44");

        var client = await portal.SignInAsync("bj.admin");
        var list = await HtmlPage.GetAsync(client, "/jobs/documents");
        var titles = list.QuerySelectorAll("#documents tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.StartsWith("北京市", t));
        var own = await client.GetAsync($"/jobs/documents/{beijing.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/documents/{guangdong.Id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/documents/{national.Id}/pdf")).StatusCode);
    }

    /// <summary>Posts one of a job row's buttons with the form's own antiforgery token, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, string job, string action)
    {
        var page = await HtmlPage.GetAsync(client, "/jobs");
        var form = page.QuerySelectorAll<IHtmlFormElement>($"tr[data-job={job}] form").First();
        var fields = new HtmlForm(form).Fields().ToDictionary();
        fields["action"] = action;
        return await client.PostAsync($"/jobs/{job}/actions", new FormUrlEncodedContent(fields));
    }

    private async Task<int> CountRunsAsync(string job)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().JobRuns.CountAsync(r => r.JobName == job);
    }

    private async Task<RecurringJobState> StateAsync(string job)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JobControl>().ListAsync()).Single(s => s.Job.Name == job).State;
    }
}
