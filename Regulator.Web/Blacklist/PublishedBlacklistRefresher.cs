using Microsoft.Extensions.Options;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Blacklist;

/// <summary>
/// Keeps this instance's <see cref="PublishedBlacklist"/> current: loads it before the portal takes requests, then
/// every poll interval reads the feed's version row and, when it moved, applies the new feed lines. A publication or
/// lift made on any instance is therefore answered by every instance within about one interval.
/// </summary>
public sealed class PublishedBlacklistRefresher(PublishedBlacklist list, IServiceScopeFactory scopes, IOptions<BlacklistOptions> options,
    ILogger<PublishedBlacklistRefresher> log) : BackgroundService
{
    private const int PageSize = 5000;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollIntervalMs));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Keep answering from the copy we have; the next poll tries again.
                    log.LogWarning(e, "Refreshing the published blacklist failed at version {Version}.", list.Version);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<BlacklistFeed>();
        var version = await feed.CurrentVersionAsync(ct);
        if (version == list.Version) return;
        if (version < list.Version)
        {
            // The database was replaced (restored from a backup): start over from what it holds.
            await LoadAsync(ct);
            return;
        }
        while (list.Version < version)
        {
            var lines = await feed.ChangesSinceAsync(list.Version, PageSize, ct);
            if (lines.Count == 0) break;
            list.Apply(lines);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<BlacklistFeed>();
        // The version is read first: lines after it are applied on top, and each line is absolute, so rows the
        // snapshot already reflects are simply written again.
        var version = await feed.CurrentVersionAsync(ct);
        await list.LoadAsync(feed.PublishedAsync(ct), version, ct);
        log.LogInformation("Published blacklist loaded: {Count} identities at feed version {Version}.", list.Count, version);
    }
}
