using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks.Draws;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Re-runs a recorded draw from its seed and stored snapshot and compares: the snapshot's hash, the result, and the
/// tasks actually handed out (target and inspectors, in order). Anyone may re-run it with scripts/verify-spot-check-draw.py.
/// </summary>
public static class DrawVerification
{
    /// <summary>Null when the draw never ran (only its seed is on record).</summary>
    /// <param name="db">Read with whatever scope the caller set up: the public query reads published plans across provinces.</param>
    public static async Task<DrawVerificationResult?> VerifyAsync(RegulatorDbContext db, SpotCheckDraw draw, bool ignoreScope, CancellationToken ct)
    {
        if (draw.SnapshotGzip is null || draw.SnapshotHash is null || draw.ResultHash is null) return null;
        var clock = Stopwatch.StartNew();
        var canonical = DrawSnapshot.Decompress(draw.SnapshotGzip);
        var computedHash = DrawSnapshot.HashOf(canonical);
        var outcome = computedHash == draw.SnapshotHash
            ? DrawAlgorithm.Run(DrawSnapshot.Parse(canonical), draw.SeedValue)
            : new DrawOutcome([], "snapshot altered");
        var replayed = outcome.ResultHash;
        bool? tasksMatch = null;
        if (draw.State is DrawState.Completed or DrawState.Superseded)
            tasksMatch = await TasksTextAsync(db, draw.Id, ignoreScope, ct) == outcome.ResultText;
        return new DrawVerificationResult(draw.Id, draw.PlanId, draw.Attempt, draw.SeedHex, draw.Algorithm, draw.PopulationSize, outcome.Targets.Count,
            draw.SnapshotHash, computedHash, draw.ResultHash, replayed, tasksMatch, clock.Elapsed, outcome.Targets);
    }

    /// <summary>The tasks of a draw in the canonical result form of <see cref="DrawOutcome.ResultText"/>.</summary>
    private static async Task<string> TasksTextAsync(RegulatorDbContext db, int drawId, bool ignoreScope, CancellationToken ct)
    {
        var tasks = ignoreScope ? db.SpotCheckTasks.IgnoreQueryFilters() : db.SpotCheckTasks;
        var rows = await tasks.AsNoTracking().Where(t => t.DrawId == drawId).OrderBy(t => t.DrawOrder)
            .Select(t => new { t.DrawOrder, t.TargetId, Inspectors = t.Inspectors.OrderBy(i => i.Position).Select(i => i.InspectorId).ToList() })
            .ToListAsync(ct);
        return DrawOutcome.Format(rows.Select(r => (r.DrawOrder, r.TargetId, (IEnumerable<int>)r.Inspectors)));
    }
}
