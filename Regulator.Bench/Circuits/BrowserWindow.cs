namespace Regulator.Bench.Circuits;

/// <summary>
/// What a 1280×860 browser window answers to the JavaScript calls the filings page makes from the circuit, as JSON.
/// Recorded from headless Chromium on the page: MudBlazor measures the window and the navigation drawer and checks
/// that its scripts are loaded; every other call the page makes returns nothing.
/// </summary>
internal static class BrowserWindow
{
    /// <summary>The JSON result of the function <paramref name="identifier"/> (e.g. <c>mudResizeListener.getBrowserWindowSize</c>).</summary>
    public static string Answer(string identifier) => identifier switch
    {
        "window.hasOwnProperty" => "true",
        "mudpopoverHelper.countProviders" => "0",
        "mudResizeListener.getBrowserWindowSize" => """{"height":860,"width":1280}""",
        "mudElementRef.getBoundingClientRect" => """{"x":0,"y":48,"width":240,"height":812,"top":48,"right":240,"bottom":860,"left":0,"scrollY":0,"scrollX":0,"windowHeight":860,"windowWidth":1280}""",
        _ => "null",
    };
}
