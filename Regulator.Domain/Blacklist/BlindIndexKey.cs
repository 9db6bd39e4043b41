using System.Runtime.InteropServices;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// A 32-byte blind index (HMAC-SHA256) as a value type, so a million of them fit in a dictionary without a million
/// arrays and a lookup allocates nothing. The index is uniformly random, so its first bytes are already a good hash.
/// </summary>
public readonly struct BlindIndexKey : IEquatable<BlindIndexKey>
{
    public const int Length = 32;

    private readonly ulong _a, _b, _c, _d;

    public BlindIndexKey(ReadOnlySpan<byte> blindIndex)
    {
        if (blindIndex.Length != Length) throw new ArgumentException($"A blind index has {Length} bytes.", nameof(blindIndex));
        var words = MemoryMarshal.Cast<byte, ulong>(blindIndex);
        (_a, _b, _c, _d) = (words[0], words[1], words[2], words[3]);
    }

    public bool Equals(BlindIndexKey other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is BlindIndexKey other && Equals(other);

    public override int GetHashCode() => (int)_a;
}
