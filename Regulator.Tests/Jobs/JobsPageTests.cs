using Regulator.Domain.Common;
using System.Net;
using AngleSharp.Dom;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Domain.Identity;
using Regulator.Web.Documents;
using Regulator.Web.Identity;
using Regulator.Web.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>The jobs page through the real pipeline: what it shows, and the steps its buttons run, as the acting user.</summary>
public sealed class JobsPageTests(JobsPageTests.Portal portal) : IClassFixture<JobsPageTests.Portal>
{
    public sealed class Portal() : JobsPortal(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Lists_the_recurring_jobs_with_the_schedule_in_words_and_the_next_runs_in_China_Standard_Time()
    {
        var client = await portal.SignInAsync("national.analyst");
        var page = await HtmlPage.GetAsync(client, "/jobs");

        var rows = page.QuerySelectorAll("#recurring-jobs tbody tr");
        Assert.Equal(RecurringJobs.All.Select(j => j.Name), rows.Select(r => r.QuerySelector("[data-job]")!.GetAttribute("data-job")));
        var inspection = Row(page, "inspection");
        Assert.Contains("0 0 2 * * ?", inspection.TextContent);
        Assert.Contains("每天 02:00", inspection.TextContent);
        var next = inspection.QuerySelectorAll("[data-cell=next-runs] time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(3, next.Count);
        Assert.All(next, t => Assert.EndsWith("T02:00:00+08:00", t));
        // An analyst may look, not act.
        Assert.Empty(page.QuerySelectorAll("#recurring-jobs [data-action]"));
        // The history says how many runs it holds; fewer than a page: no address for a next one.
        Assert.Matches(@"\d", page.QuerySelector("[data-list=job-runs] [data-testid=list-total]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-list=job-runs] [data-testid=list-next]")!.GetAttribute("href"));

        await client.GetAsync("/culture?name=en&returnUrl=/jobs");
        var english = await HtmlPage.GetAsync(client, "/jobs");
        Assert.Contains("every day, at 02:00", Row(english, "inspection").TextContent);
    }

    [Fact]
    public async Task Run_now_runs_the_job_audited_and_its_run_shows_in_the_history()
    {
        var before = await CountRunsAsync(RecurringJobs.MonthlyNationalReport.Name);

        Assert.True((await StepAsync(NationalAdministrator, o => o.RunNowAsync(RecurringJobs.MonthlyNationalReport.Name))).Succeeded);

        var runs = await portal.WaitForRunsAsync(RecurringJobs.MonthlyNationalReport.Name, r => r.Count > before && r[^1].Outcome != JobRunOutcome.Running);
        var run = runs[^1];
        Assert.True(run.Outcome == JobRunOutcome.Succeeded, run.Error);
        Assert.StartsWith("/jobs/documents/", run.ProducedHref);
        var client = await portal.SignInAsync("national.admin");
        var history = await HtmlPage.GetAsync(client, "/jobs?job=monthly-national-report");
        var row = history.QuerySelector($"#run-progress-history-{run.Id}")!.Closest("tr")!;
        Assert.Contains("手动运行", row.TextContent);
        Assert.Contains("全国网络直播执法月报", row.TextContent);
        Assert.Contains("成功", row.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(run.ProducedHref + "/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_provincial_administrator_cannot_operate_jobs_and_is_offered_no_buttons()
    {
        var provincial = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(provincial, "/jobs");
        Assert.Empty(page.QuerySelectorAll("#recurring-jobs [data-action]"));
        Assert.Null((await HtmlPage.GetAsync(provincial, "/jobs/inspection")).QuerySelector("[data-testid=cron]"));

        Assert.Equal(StepStatus.Refused, (await StepAsync(ProvincialAdministrator, o => o.PauseAsync("inspection"))).Status);
        Assert.Equal(StepStatus.Refused, (await StepAsync(ProvincialAdministrator, o => o.RunNowAsync("inspection"))).Status);
        Assert.Equal(StepStatus.Refused, (await StepAsync(ProvincialAdministrator, o => o.ResumeAsync("inspection"))).Status);
        Assert.Equal(StepStatus.Refused, (await StepAsync(ProvincialAdministrator, o => o.RescheduleAsync("inspection", "0 0 3 * * ?"))).Status);
        Assert.Equal(StepStatus.NotFound, (await StepAsync(NationalAdministrator, o => o.RunNowAsync("no-such-job"))).Status);
        Assert.NotEqual(RecurringJobState.Paused, await StateAsync("inspection"));
        Assert.Equal("0 0 2 * * ?", (await ListAsync()).Single(s => s.Job.Name == "inspection").Cron);
    }

    [Fact]
    public async Task Pausing_resuming_and_rescheduling_take_effect_are_validated_and_audited()
    {
        var client = await portal.SignInAsync("national.admin");

        Assert.True((await StepAsync(NationalAdministrator, o => o.PauseAsync("weekly-provincial-report"))).Succeeded);
        var paused = await HtmlPage.GetAsync(client, "/jobs");
        Assert.Contains("已暂停", Row(paused, "weekly-provincial-report").TextContent);
        Assert.NotNull(Row(paused, "weekly-provincial-report").QuerySelector("[data-action=resume]"));
        Assert.True((await StepAsync(NationalAdministrator, o => o.ResumeAsync("weekly-provincial-report"))).Succeeded);
        Assert.Equal(RecurringJobState.Normal, await StateAsync("weekly-provincial-report"));

        Assert.NotNull((await HtmlPage.GetAsync(client, "/jobs/weekly-provincial-report")).QuerySelector("[data-testid=cron]"));
        var refused = await StepAsync(NationalAdministrator, o => o.RescheduleAsync("weekly-provincial-report", "* * * * * ?"));
        Assert.Equal(StepStatus.Invalid, refused.Status);
        Assert.Contains("触发过于频繁", refused.Failure!.FieldErrors["cron"]);
        Assert.True((await StepAsync(NationalAdministrator, o => o.RescheduleAsync("weekly-provincial-report", "0 15 7 ? * MON"))).Succeeded);
        var row = Row(await HtmlPage.GetAsync(client, "/jobs"), "weekly-provincial-report");
        Assert.Contains("每周一 07:15", row.TextContent);
        Assert.All(row.QuerySelectorAll("[data-cell=next-runs] time"), t => Assert.EndsWith("T07:15:00+08:00", t.GetAttribute("datetime")));

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
        var titles = list.QuerySelectorAll("[data-list=documents] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.StartsWith("北京市", t));
        // Each title is a download, which the interactive router leaves to the browser.
        Assert.All(list.QuerySelectorAll("[data-testid=document-pdf]"), a => Assert.True(a.HasAttribute("download")));
        var own = await client.GetAsync($"/jobs/documents/{beijing.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/documents/{guangdong.Id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/documents/{national.Id}/pdf")).StatusCode);
        // Regenerating, called straight at the step: another province's report is not found, and a reader is refused.
        Assert.Equal(StepStatus.NotFound, (await RegenerateAsync(ProvincialAdministrator, guangdong.Id)).Status);
        Assert.Equal(StepStatus.NotFound, (await RegenerateAsync(ProvincialAdministrator, national.Id)).Status);
        Assert.Equal(StepStatus.Refused, (await RegenerateAsync(Staff("national.analyst", RegulatorRoles.NationalAnalyst, null), beijing.Id)).Status);
        // The export of the list is the province's own too.
        var export = await client.GetStringAsync("/export/documents.csv");
        Assert.Contains("北京市", export);
        Assert.DoesNotContain("广东省", export);
    }

    private static readonly ClaimsPrincipal NationalAdministrator = Staff("national.admin", RegulatorRoles.NationalAdmin, null);
    private static readonly ClaimsPrincipal ProvincialAdministrator = Staff("bj.admin", RegulatorRoles.ProvincialAdmin, "11");

    private static ClaimsPrincipal Staff(string name, string role, string? province) =>
        new(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role) }
            .Concat(province is null ? [] : [new Claim(RegulatorClaims.Province, province)]), "test"));

    /// <summary>One of the jobs page's steps as the page runs it: in a scope of its own, as the circuit's user.</summary>
    private async Task<T> StepAsync<T>(ClaimsPrincipal user, Func<JobOperations, Task<T>> step)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PortalActor>().UseCircuitUser(user, "127.0.0.1");
        return await step(scope.ServiceProvider.GetRequiredService<JobOperations>());
    }

    /// <summary>The documents page's regenerate step as the page runs it, as <paramref name="user"/>.</summary>
    private async Task<StepResult<string>> RegenerateAsync(ClaimsPrincipal user, long documentId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PortalActor>().UseCircuitUser(user, "127.0.0.1");
        return await scope.ServiceProvider.GetRequiredService<DocumentOperations>().RegenerateAsync(documentId);
    }

    private static IElement Row(IDocument page, string job) => page.QuerySelector($"#recurring-jobs td[data-job={job}]")!.Closest("tr")!;

    private async Task<IReadOnlyList<RecurringJobStatus>> ListAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobControl>().ListAsync();
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
