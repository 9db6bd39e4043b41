using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// One run of a plan's draw (双随机): its seed, recorded and saved before the draw runs; the snapshot the draw used
/// (the canonical text of <see cref="Draws.DrawSnapshot"/>, gzip-compressed, with its SHA-256); and the result with
/// its hash. A plan's first draw is attempt 1; a redraw adds attempt 2, 3 … with its reason and leaves the earlier one
/// on record as <see cref="DrawState.Superseded"/>. Rows are never deleted.
/// </summary>
public class SpotCheckDraw : IProvinceOwned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int Attempt { get; set; }

    /// <summary>The 64-bit seed's bits (stored signed; shown as 16 hex digits by <see cref="SeedHex"/>).</summary>
    public long Seed { get; set; }

    /// <summary>Why the plan was drawn again; null for the first draw.</summary>
    public string? RedrawReason { get; set; }

    public string Algorithm { get; set; } = "";
    public DrawState State { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime SeedRecordedUtc { get; set; }
    public DateTime? RanUtc { get; set; }
    public int PopulationSize { get; set; }
    public int SampleSize { get; set; }
    public string? SnapshotHash { get; set; }
    public byte[]? SnapshotGzip { get; set; }
    public string? ResultText { get; set; }
    public string? ResultHash { get; set; }
    public string? FailureReason { get; set; }

    public ulong SeedValue => unchecked((ulong)Seed);

    public string SeedHex => SeedValue.ToString("X16");
}
