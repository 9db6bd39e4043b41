namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// The spot-check draw (双随机), version <see cref="Version"/>, a pure function of a seed and a snapshot; the live draw
/// and the public verification both call it, and README "Spot checks: the draw" specifies it for re-implementation.
/// <list type="number">
/// <item>The generator is <see cref="Xoshiro256StarStar"/> seeded with the 64-bit seed through <see cref="SplitMix64"/>.</item>
/// <item>Targets: min(sample, population) members by <see cref="WeightedSampler"/>, in snapshot order.</item>
/// <item>Inspectors, target by target in draw order, continuing the same generator: the eligible inspectors are the
/// snapshot's inspectors, ascending by id, less those with a declared conflict with the target's platform and those
/// who inspected the target recently. Fewer than inspectors-per-task eligible: the draw fails, naming the target.
/// Otherwise a partial Fisher–Yates shuffle: for j = 0 … k−1, i = j + NextBelow(m − j), swap positions j and i; the
/// first k positions are the target's inspectors, in that order.</item>
/// </list>
/// </summary>
public static class DrawAlgorithm
{
    public const string Version = "xoshiro256**/splitmix64 sequential-weighted v1";

    public static DrawOutcome Run(DrawSnapshot snapshot, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var picks = new WeightedSampler(snapshot.Members).Draw(snapshot.SampleSize, random);

        var conflicts = snapshot.Conflicts.ToLookup(c => c.PlatformId, c => c.InspectorId);
        var recent = snapshot.RecentInspections.ToLookup(r => r.TargetId, r => r.InspectorId);
        var targets = new List<DrawnTarget>(picks.Length);
        var eligible = new List<int>(snapshot.InspectorIds.Count);
        for (var order = 0; order < picks.Length; order++)
        {
            var member = snapshot.Members[picks[order]];
            var excluded = conflicts[member.PlatformId].Concat(recent[member.TargetId]).ToHashSet();
            eligible.Clear();
            foreach (var id in snapshot.InspectorIds) if (!excluded.Contains(id)) eligible.Add(id);
            var k = snapshot.InspectorsPerTask;
            if (eligible.Count < k)
                return new DrawOutcome(targets, $"抽取第 {order + 1} 个检查对象（编号 {member.TargetId}）时，回避后仅剩 {eligible.Count} 名可选执法人员，计划每项任务需要 {k} 名 " +
                    $"(target {member.TargetId}, drawn {order + 1}: only {eligible.Count} eligible inspectors remain after exclusions; the plan needs {k} per task)");
            for (var j = 0; j < k; j++)
            {
                var i = j + (int)random.NextBelow((ulong)(eligible.Count - j));
                (eligible[j], eligible[i]) = (eligible[i], eligible[j]);
            }
            targets.Add(new DrawnTarget(order + 1, member.TargetId, member.PlatformId, member.Weight, eligible.Take(k).ToArray()));
        }
        return new DrawOutcome(targets, null);
    }
}
