using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Regulator.Tests.Shared;

/// <summary>
/// A bUnit context with what the shared components need from the portal: its resource files (as
/// PortalServices registers them) and an antiforgery token, which the real pipeline supplies per request.
/// Chinese is the portal's default language, so tests read Chinese unless they say otherwise.
/// </summary>
[UseCulture("zh-CN")]
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgeryState>();
    }

    protected void NavigateTo(string uri) => Services.GetRequiredService<BunitNavigationManager>().NavigateTo(uri);

    /// <summary>A link's query parameters, so tests assert parameters and not their order or encoding.</summary>
    protected static Dictionary<string, StringValues> QueryOf(IElement link) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), link.GetAttribute("href")).Query);
}
