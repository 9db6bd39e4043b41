using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Shell;

/// <summary>
/// The portal as scripts/run.sh starts it: the build output, in the Production environment, as a process of its own.
/// A page is only usable when the framework's and MudBlazor's files are served, so the script that README gives
/// must not start a portal without them.
/// </summary>
public sealed class BuildOutputAssetsTests : IDisposable
{
    private readonly PortalProcess _portal = new();

    [Fact]
    public async Task The_build_output_in_production_serves_the_blazor_script_and_mudblazors_files_and_the_sign_in_page_links_them()
    {
        await _portal.StartAsync();
        using var http = new HttpClient { BaseAddress = _portal.Address };
        var signIn = await http.GetStringAsync("/account/login");
        var assets = System.Text.RegularExpressions.Regex.Matches(signIn, "(?:src|href)=\"(/?(?:_framework|_content)/[^\"]+)\"")
            .Select(m => "/" + m.Groups[1].Value.TrimStart('/')).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("/_framework/blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/_content/MudBlazor/", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var answer = await http.GetAsync(asset);
            Assert.True(answer.IsSuccessStatusCode, $"{asset} answered {(int)answer.StatusCode}\n{_portal.Output}");
        }
    }

    public void Dispose() => _portal.Dispose();
}
