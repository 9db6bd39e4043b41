using System.Numerics;

namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021; the
/// reference C code at https://prng.di.unimi.it/xoshiro256starstar.c), the draw's random generator. It is specified
/// to the bit and has no platform or runtime dependence, unlike <see cref="System.Random"/>, whose sequence .NET may
/// change between versions — a published draw must replay the same on any machine, forever. Not for secrets: the
/// seed itself comes from the operating system's cryptographic generator and is published after the draw.
/// </summary>
public sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The generator for a draw seed: the state is the first four outputs of <see cref="SplitMix64"/> seeded with it.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var expand = new SplitMix64(seed);
        _s0 = expand.Next();
        _s1 = expand.Next();
        _s2 = expand.Next();
        _s3 = expand.Next();
    }

    /// <summary>A generator with the given 256-bit state (not all zero); for the reference vectors.</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0) throw new ArgumentException("xoshiro256** state must not be all zero.");
        var generator = new Xoshiro256StarStar(0);
        (generator._s0, generator._s1, generator._s2, generator._s3) = (s0, s1, s2, s3);
        return generator;
    }

    /// <summary>The next 64-bit output: rotl(s1 * 5, 7) * 9, then the state steps as in the reference code.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>) by rejection, so no value is favoured: outputs x below
    /// 2^64 mod bound are discarded and the next is taken; the first accepted x gives x mod bound. Always consumes at
    /// least one output, even when <paramref name="bound"/> is 1, so re-implementations stay in step.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">bound is 0.</exception>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var x = NextUInt64();
            if (x >= threshold) return x % bound;
        }
    }
}
