using Regulator.Domain.Identity;

namespace Regulator.Web.Shared;

/// <summary>An actor's name as a history row records it, in the reader's words.</summary>
public static class ActorNames
{
    /// <summary>
    /// "platform:快看直播" (<see cref="Actor.PlatformNamePrefix"/>) becomes "平台 快看直播", or "Platform 快看直播" in English;
    /// the portal's own work (<see cref="Actor.System"/>) reads "系统" or "System"; a staff member's name is shown as recorded.
    /// </summary>
    public static string Of(string recorded) =>
        recorded.StartsWith(Actor.PlatformNamePrefix, StringComparison.Ordinal)
            ? $"{(ReaderLanguage.IsEnglish ? "Platform" : "平台")} {recorded[Actor.PlatformNamePrefix.Length..]}"
            : recorded == Actor.System.Name ? (ReaderLanguage.IsEnglish ? "System" : "系统")
            : recorded;
}
