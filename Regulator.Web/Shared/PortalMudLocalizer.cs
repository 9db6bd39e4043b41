using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Regulator.Web.Shared;

/// <summary>
/// MudBlazor's texts (pager, data grid, dialogs, inputs) in the reader's language: Chinese from the portal's
/// resources, English from MudBlazor itself. A key the portal has not translated falls back to MudBlazor's
/// English (<c>ResourceNotFound</c>), which MudBlazor then replaces with its built-in text.
/// </summary>
public sealed class PortalMudLocalizer(IStringLocalizer<MudText> texts) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "zh") return new LocalizedString(key, key, resourceNotFound: true);
            var text = texts[key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : text;
        }
    }
}
