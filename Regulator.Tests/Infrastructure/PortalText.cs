using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The portal's own resource strings in a given language, read through its localizer, so tests follow the
/// resource files instead of repeating their wording.
/// </summary>
public static class PortalText
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string Of<TResource>(PortalFactory portal, string key, string culture = Chinese)
    {
        var localizer = portal.Services.GetRequiredService<IStringLocalizer<TResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var text = localizer[key];
            if (text.ResourceNotFound) throw new InvalidOperationException($"No resource '{key}' for {typeof(TResource).Name}.");
            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
