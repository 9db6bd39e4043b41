namespace Regulator.Domain.SpotChecks;

/// <summary>Settings of section <c>SpotChecks</c>.</summary>
public sealed class SpotCheckOptions
{
    public const string Section = "SpotChecks";

    /// <summary>Working days from the close of a plan's last task to the publication of its results (一公开).</summary>
    public int PublishAfterWorkingDays { get; set; } = 20;

    /// <summary>Largest evidence file accepted, in bytes (default 10 MiB).</summary>
    public int EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;
}
