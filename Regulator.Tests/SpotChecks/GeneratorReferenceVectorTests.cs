using Regulator.Domain.SpotChecks.Draws;

namespace Regulator.Tests.SpotChecks;

/// <summary>
/// The draw's generator against its authors' reference code (https://prng.di.unimi.it/splitmix64.c and
/// xoshiro256starstar.c): the same outputs, so any re-implementation built from the same references agrees with ours.
/// </summary>
public class GeneratorReferenceVectorTests
{
    [Fact]
    public void SplitMix64_seeded_with_1234567_gives_the_reference_outputs()
    {
        var generator = new SplitMix64(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        Assert.Equal(expected, expected.Select(_ => generator.Next()).ToArray());
    }

    [Fact]
    public void Xoshiro256StarStar_from_state_1_2_3_4_gives_the_reference_outputs()
    {
        var generator = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];
        Assert.Equal(expected, expected.Select(_ => generator.NextUInt64()).ToArray());
    }

    [Fact]
    public void A_draw_seed_expands_through_SplitMix64_as_the_reference_code_does()
    {
        // The reference C code with s[i] = splitmix64() four times from x = seed, then next() five times.
        Assert.Equal(new ulong[] { 11091344671253066420, 13793997310169335082, 1900383378846508768, 7684712102626143532, 13521403990117723737 },
            Outputs(new Xoshiro256StarStar(0), 5));
        Assert.Equal(new ulong[] { 6561232519781578468, 13693802166700406706, 10279791333154403186, 15055839198725404639, 4433908685035987289 },
            Outputs(new Xoshiro256StarStar(20261130), 5));
    }

    [Fact]
    public void NextBelow_stays_in_range_and_rejects_the_biased_low_values()
    {
        var generator = new Xoshiro256StarStar(42);
        for (ulong bound = 1; bound < 2000; bound += 7) Assert.InRange(generator.NextBelow(bound), 0UL, bound - 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.NextBelow(0));
        // With bound 2^63 + 1, every output below 2^63 − 1 is rejected; the rule must take the next one instead of folding it.
        var reference = new Xoshiro256StarStar(7);
        var sameStream = new Xoshiro256StarStar(7);
        const ulong bound63 = (1UL << 63) + 1;
        var threshold = unchecked(0UL - bound63) % bound63;
        ulong expected;
        do expected = reference.NextUInt64(); while (expected < threshold);
        Assert.Equal(expected % bound63, sameStream.NextBelow(bound63));
    }

    private static ulong[] Outputs(Xoshiro256StarStar generator, int count) => Enumerable.Range(0, count).Select(_ => generator.NextUInt64()).ToArray();
}
