using System.Text;
using Regulator.Domain.SpotChecks;
using Regulator.Domain.SpotChecks.Draws;

namespace Regulator.Tests.SpotChecks;

/// <summary>The draw as a pure function: reproducible, weighted as stated, and never assigning an excluded inspector.</summary>
public class DrawAlgorithmTests
{
    [Fact]
    public void The_same_seed_and_snapshot_give_the_same_draw_and_a_new_seed_another()
    {
        var snapshot = Snapshot(members: 2000, inspectors: 12, sample: 40);
        var first = DrawAlgorithm.Run(snapshot, 0x1234_5678_9ABC_DEF0);
        var again = DrawAlgorithm.Run(DrawSnapshot.Parse(snapshot.ToCanonicalBytes()), 0x1234_5678_9ABC_DEF0);
        Assert.True(first.Succeeded);
        Assert.Equal(40, first.Targets.Count);
        Assert.Equal(first.ResultText, again.ResultText);
        Assert.NotEqual(first.ResultText, DrawAlgorithm.Run(snapshot, 0x1234_5678_9ABC_DEF1).ResultText);
        Assert.Equal(40, first.Targets.Select(t => t.TargetId).Distinct().Count());
    }

    /// <summary>
    /// A known answer computed by scripts/verify-spot-check-draw.py, the independent Python implementation written from
    /// the README's specification: if this changes, published draws would no longer verify.
    /// </summary>
    [Fact]
    public void A_fixed_snapshot_and_seed_give_the_answer_the_independent_implementation_gives()
    {
        var snapshot = Snapshot(members: 50, inspectors: 6, sample: 5);
        Assert.Equal(GoldenSnapshotHash, DrawSnapshot.HashOf(snapshot.ToCanonicalBytes()));
        Assert.Equal(GoldenResult, DrawAlgorithm.Run(snapshot, 0x00C0FFEE20261130).ResultText);
    }

    private const string GoldenSnapshotHash = "126d6001e5115486b9b4fdd785052902b5f4aa027176db7ebb3e42ea009f8a50";
    private const string GoldenResult = "1 36 50,60\n2 12 50,60\n3 126 20,30\n4 15 40,60\n5 72 30,40\n";

    [Fact]
    public void Targets_are_drawn_in_proportion_to_their_weights_over_many_seeds()
    {
        // Weights 1, 2, 3, 4 drawn once each: P(first pick = i) = w_i / 10. 20,000 seeds; the tolerance of 0.012 is
        // more than four standard deviations (sqrt(0.4 · 0.6 / 20000) ≈ 0.0035), so the test fails only if the rule is wrong.
        var snapshot = new DrawSnapshot(TargetKind.Platform, 1, 0, [new(1, 1, 1), new(2, 2, 2), new(3, 3, 3), new(4, 4, 4)], [], [], []);
        const int seeds = 20_000;
        var counts = new int[5];
        for (ulong seed = 0; seed < seeds; seed++) counts[DrawAlgorithm.Run(snapshot, seed * 0x9E3779B97F4A7C15).Targets[0].TargetId]++;
        for (var id = 1; id <= 4; id++) Assert.InRange(counts[id] / (double)seeds, id / 10.0 - 0.012, id / 10.0 + 0.012);
    }

    [Fact]
    public void Without_replacement_the_second_pick_follows_the_remaining_weights()
    {
        // Weights 6 and 1 and 1, two drawn: P(member 1 drawn at all) = 6/8 + 2 · (1/8 · 6/7) = 0.964…
        var snapshot = new DrawSnapshot(TargetKind.Platform, 2, 0, [new(1, 1, 6), new(2, 2, 1), new(3, 3, 1)], [], [], []);
        const int seeds = 20_000;
        var drawnOne = 0;
        for (ulong seed = 0; seed < seeds; seed++) if (DrawAlgorithm.Run(snapshot, seed).Targets.Any(t => t.TargetId == 1)) drawnOne++;
        Assert.InRange(drawnOne / (double)seeds, 6.0 / 8 + 2 * (1.0 / 8 * 6 / 7) - 0.01, 6.0 / 8 + 2 * (1.0 / 8 * 6 / 7) + 0.01);
    }

    [Fact]
    public void Over_many_seeds_no_excluded_inspector_is_ever_drawn_and_every_task_gets_distinct_inspectors()
    {
        var random = new Random(5);
        for (ulong seed = 1; seed <= 400; seed++)
        {
            var members = Enumerable.Range(1, 60).Select(i => new PopulationMember(i, 1 + i % 7, 1 + i % 4)).ToArray();
            var inspectors = Enumerable.Range(1, 10).ToArray();
            var conflicts = Enumerable.Range(0, 15).Select(_ => (random.Next(1, 11), random.Next(1, 8))).ToArray();
            var recent = Enumerable.Range(0, 30).Select(_ => (random.Next(1, 11), (long)random.Next(1, 61))).ToArray();
            var snapshot = new DrawSnapshot(TargetKind.Publisher, 25, 2, members, inspectors, conflicts, recent);
            var outcome = DrawAlgorithm.Run(snapshot, seed);
            foreach (var target in outcome.Targets)
            {
                Assert.Equal(2, target.InspectorIds.Distinct().Count());
                foreach (var inspector in target.InspectorIds)
                {
                    Assert.DoesNotContain((inspector, target.PlatformId), conflicts);
                    Assert.DoesNotContain((inspector, target.TargetId), recent);
                }
            }
            if (!outcome.Succeeded) Assert.Contains("eligible inspectors", outcome.Error);
        }
    }

    [Fact]
    public void Too_few_inspectors_left_after_exclusions_fails_with_a_clear_message()
    {
        // Three inspectors, two of them declared a conflict with platform 9: a target of platform 9 cannot be staffed.
        var snapshot = new DrawSnapshot(TargetKind.Platform, 1, 2, [new(9, 9, 1)], [1, 2, 3], [(1, 9), (2, 9)], []);
        var outcome = DrawAlgorithm.Run(snapshot, 1);
        Assert.False(outcome.Succeeded);
        Assert.Contains("only 1 eligible inspectors remain", outcome.Error);
        Assert.Contains("target 9", outcome.Error);
    }

    [Fact]
    public void A_snapshot_reads_back_only_from_its_canonical_text()
    {
        var snapshot = Snapshot(members: 30, inspectors: 4, sample: 3);
        var bytes = snapshot.ToCanonicalBytes();
        Assert.Equal(bytes, DrawSnapshot.Decompress(DrawSnapshot.Compress(bytes)));
        Assert.Equal(bytes, DrawSnapshot.Parse(bytes).ToCanonicalBytes());
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Throws<FormatException>(() => DrawSnapshot.Parse(Encoding.ASCII.GetBytes(text.Replace("\n3 ", "\n03 "))));
        Assert.Throws<FormatException>(() => DrawSnapshot.Parse(Encoding.ASCII.GetBytes(text + "extra\n")));
        Assert.Throws<ArgumentException>(() => new DrawSnapshot(TargetKind.Platform, 1, 0, [new(1, 1, 0)], [], [], []));
        Assert.Throws<ArgumentException>(() => new DrawSnapshot(TargetKind.Platform, 1, 0, [new(1, 1, 1), new(1, 1, 2)], [], [], []));
    }

    /// <summary>A deterministic snapshot: weights 1–5, platforms in groups of ten, a few conflicts and recent inspections.</summary>
    internal static DrawSnapshot Snapshot(int members, int inspectors, int sample) => new(
        TargetKind.Publisher, sample, 2,
        Enumerable.Range(1, members).Select(i => new PopulationMember(i * 3, 100 + i / 10, 1 + i % 5)),
        Enumerable.Range(1, inspectors).Select(i => i * 10),
        [(10, 100), (20, 101), (30, 100)],
        [(10, 6), (40, 9)]);
}
