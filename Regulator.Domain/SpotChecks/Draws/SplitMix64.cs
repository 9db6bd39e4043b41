namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the reference C
/// code at https://prng.di.unimi.it/splitmix64.c). Used only to expand a 64-bit draw seed into the 256-bit state of
/// <see cref="Xoshiro256StarStar"/>, as that generator's authors recommend. All arithmetic is modulo 2^64.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>state += 0x9E3779B97F4A7C15; z = state; z = (z ^ z>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>27) * 0x94D049BB133111EB; return z ^ z>>31.</summary>
    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
