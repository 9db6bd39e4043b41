namespace Regulator.Web.Blacklist;

/// <summary>The <c>Blacklist</c> configuration section.</summary>
public sealed class BlacklistOptions
{
    public const string Section = "Blacklist";

    /// <summary>How often each instance reads the feed version; with the apply time this bounds staleness well under 5 s.</summary>
    public int PollIntervalMs { get; set; } = 1000;

    public int ExpirySweepIntervalSeconds { get; set; } = 60;

    /// <summary>Check requests each platform may make per second (a batch of up to 100 is one request).</summary>
    public int CheckRequestsPerSecond { get; set; } = 100;

    /// <summary>Requests a platform may make at once above its steady rate.</summary>
    public int CheckBurst { get; set; } = 200;

    /// <summary>Per-platform rates by platform id, for platforms the national office has agreed a different rate with.</summary>
    public Dictionary<int, int> CheckRequestsPerSecondByPlatform { get; set; } = [];

    public int RateFor(int platformId) => CheckRequestsPerSecondByPlatform.GetValueOrDefault(platformId, CheckRequestsPerSecond);
}
