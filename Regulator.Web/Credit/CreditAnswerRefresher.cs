using System.Diagnostics;
using Microsoft.Extensions.Options;
using Regulator.Domain.Credit;

namespace Regulator.Web.Credit;

/// <summary>
/// Keeps this instance's <see cref="CreditAnswerTable"/> current: loads it in the background after start (the credit
/// API answers from the database meanwhile), then four times per <c>Credit:AnswerStalenessMs</c> reads the answer
/// version row and, when it moved, applies the subjects and filings stamped above the version applied. A change
/// committed on any instance is therefore answered by every instance within about a quarter of the bound; when a
/// refresh cannot keep up (a database outage, the million rows of a set-based re-grade being read), answers older than
/// the bound come from the database instead.
/// </summary>
public sealed class CreditAnswerRefresher(CreditAnswerTable answers, IServiceScopeFactory scopes, IOptions<CreditOptions> options,
    ILogger<CreditAnswerRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AnswerStalenessMs <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(options.Value.AnswerStalenessMs / 4, 10)));
        try
        {
            do
            {
                try
                {
                    if (answers.IsLoaded) await RefreshAsync(stoppingToken);
                    else await LoadAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Keep the copy we have; answers older than the bound go to the database until a refresh succeeds.
                    log.LogWarning(e, "Refreshing the credit answers failed at version {Version}.", answers.Version);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<CreditAnswerFeed>();
        var readAt = Stopwatch.GetTimestamp();
        var version = await feed.CurrentVersionAsync(ct);
        var applied = answers.Version;
        if (version == applied)
        {
            answers.Confirm(version, readAt);
            return;
        }
        if (version < applied)
        {
            // The database was replaced (restored from a backup): start over from what it holds.
            await LoadAsync(ct);
            return;
        }
        var relinked = await feed.RelinkedAsync(applied, version, ct);
        await answers.ApplyAsync(version, readAt, feed.SubjectsAsync(applied, version), relinked, ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<CreditAnswerFeed>();
        var started = Stopwatch.GetTimestamp();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        // The version is read first: changes stamped after it are applied on top, and rows are absolute, so rows the
        // load already reflects are simply applied again.
        var version = await feed.CurrentVersionAsync(ct);
        await answers.LoadAsync(version, started, feed.SubjectsAsync(long.MinValue, version), feed.LinksAsync(), ct);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var (links, subjects) = answers.Count;
        log.LogInformation("Credit answers loaded: {Links} filings of {Subjects} publishers at version {Version} in {Seconds:F1} s; managed heap {Before:F1} MB -> {After:F1} MB.",
            links, subjects, version, Stopwatch.GetElapsedTime(started).TotalSeconds, heapBefore / 1048576.0, heapAfter / 1048576.0);
    }
}
