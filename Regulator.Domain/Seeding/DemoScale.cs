using Microsoft.Extensions.Configuration;

namespace Regulator.Domain.Seeding;

/// <summary>How much demo data to generate; benchmarks ask for millions of publishers (or blacklist entries) through the command line.</summary>
public sealed record DemoScale(int Platforms = 36, int Publishers = 5000, int RandomSeed = 20261123, int BlacklistEntries = 60)
{
    /// <summary>How far back the demo history reaches (days): twelve months, so dashboards and the monthly reports have trends.</summary>
    public const int HistoryDays = 365;

    public static DemoScale FromConfiguration(IConfiguration configuration) => new(
        configuration.GetValue("Seeding:Platforms", 36),
        configuration.GetValue("Seeding:Publishers", 5000),
        configuration.GetValue("Seeding:RandomSeed", 20261123),
        configuration.GetValue("Seeding:BlacklistEntries", 60));

    public static DemoScale FromArguments(string[] args)
    {
        var scale = new DemoScale();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1]);
            scale = args[i] switch
            {
                "--platforms" => scale with { Platforms = value },
                "--publishers" => scale with { Publishers = value },
                "--random-seed" => scale with { RandomSeed = value },
                "--blacklist" => scale with { BlacklistEntries = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; expected --platforms, --publishers, --random-seed or --blacklist."),
            };
        }
        return scale;
    }

    public override string ToString() => $"{Platforms} platforms, {Publishers} publishers, {BlacklistEntries} blacklist entries (random seed {RandomSeed})";
}
