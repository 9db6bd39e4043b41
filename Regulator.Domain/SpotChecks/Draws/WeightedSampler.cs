namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// Weighted sampling without replacement by successive draws: each next member is chosen with probability
/// proportional to its weight among the members not yet drawn (the same distribution as Efraimidis–Spirakis A-Res,
/// but in integer arithmetic only, so every implementation gets the same answer — no floating-point pow or log
/// whose last bit may differ between libraries).
/// <para>Step: with T the sum of the remaining weights, r = NextBelow(T); the member drawn is the first one, in
/// snapshot order, whose running sum of remaining weights exceeds r; it is then removed.</para>
/// A Fenwick tree finds that member and removes it in O(log n), so drawing k of n costs O(n + k log n).
/// </summary>
public sealed class WeightedSampler
{
    private readonly long[] _tree;
    private readonly long[] _weights;
    private readonly int _topBit;
    private long _total;

    public WeightedSampler(IReadOnlyList<PopulationMember> members)
    {
        var n = members.Count;
        _weights = new long[n];
        _tree = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            _weights[i] = members[i].Weight;
            _total = checked(_total + members[i].Weight);
            _tree[i + 1] += members[i].Weight;
            var parent = i + 1 + ((i + 1) & -(i + 1));
            if (parent <= n) _tree[parent] += _tree[i + 1];
        }
        _topBit = n == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(n));
    }

    /// <summary>Draws up to <paramref name="count"/> members; returns their indices into the snapshot's members, in draw order.</summary>
    public int[] Draw(int count, Xoshiro256StarStar random)
    {
        var k = Math.Min(count, _weights.Length);
        var drawn = new int[k];
        for (var i = 0; i < k; i++)
        {
            var index = Find((long)random.NextBelow((ulong)_total));
            drawn[i] = index;
            Remove(index);
        }
        return drawn;
    }

    /// <summary>The 0-based index of the first member whose running sum exceeds <paramref name="target"/>.</summary>
    private int Find(long target)
    {
        var position = 0;
        for (var step = _topBit; step > 0; step >>= 1)
        {
            var next = position + step;
            if (next < _tree.Length && _tree[next] <= target)
            {
                position = next;
                target -= _tree[next];
            }
        }
        return position;
    }

    private void Remove(int index)
    {
        var weight = _weights[index];
        _weights[index] = 0;
        _total -= weight;
        for (var i = index + 1; i < _tree.Length; i += i & -i) _tree[i] -= weight;
    }
}
