using System.Globalization;
using System.Resources;
using Regulator.Domain.Identity;

namespace Regulator.Web.Shared;

/// <summary>An actor's name as a history row records it, in the reader's words.</summary>
public static class ActorNames
{
    // The shared resource file (Resources/Shared/SharedText*.resx), read as the portal's localizers read it: the
    // history rows of four features call this without a localizer of their own.
    private static readonly ResourceManager Texts =
        new($"{typeof(SharedText).Assembly.GetName().Name}.Resources.Shared.{nameof(SharedText)}", typeof(SharedText).Assembly);

    /// <summary>
    /// "platform:快看直播" (<see cref="Actor.PlatformNamePrefix"/>) becomes "平台 快看直播", or "Platform 快看直播" in English;
    /// the portal's own work (<see cref="Actor.System"/>) reads "系统" or "System"; a staff member's name is shown as recorded.
    /// </summary>
    public static string Of(string recorded) =>
        recorded.StartsWith(Actor.PlatformNamePrefix, StringComparison.Ordinal)
            ? string.Format(Text("ActorPlatform"), recorded[Actor.PlatformNamePrefix.Length..])
            : recorded == Actor.System.Name ? Text("ActorSystem")
            : recorded;

    private static string Text(string key) =>
        Texts.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No shared text '{key}'.");
}
