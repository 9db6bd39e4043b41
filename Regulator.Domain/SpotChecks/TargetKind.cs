namespace Regulator.Domain.SpotChecks;

/// <summary>What a plan draws from the target directory (检查对象名录库): platforms, or the publishers they filed.</summary>
public enum TargetKind
{
    /// <summary>平台: live-streaming and online-culture platforms registered in the province.</summary>
    Platform = 1,

    /// <summary>主播: accepted publisher filings (CAC Art. 12) of the province's platforms.</summary>
    Publisher = 2,
}
