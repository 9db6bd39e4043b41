using Regulator.Tests.Infrastructure;
using Regulator.Web.Shell;

namespace Regulator.Tests.Shell;

/// <summary>No page may allow inline or foreign script: the policy is what stops injected markup from running.</summary>
public sealed class ContentSecurityPolicyTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly string[] AnonymousPages = [PortalSignIn.LoginPath, "/not-found"];

    // The national administrator may open every section.
    public static TheoryData<string> StaffPages() =>
        new([.. ShellSections.All.Select(s => s.Href), "/account/two-factor", "/account/denied", "/no-such-page"]);

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task A_signed_in_page_forbids_inline_script(string path)
    {
        var client = await portals[DatabaseProvider.Sqlite].SignInAsync("national.admin");

        AssertStrictPolicy(await client.GetAsync(path), path);
    }

    [Fact]
    public async Task Every_anonymous_page_forbids_inline_script()
    {
        var client = portals[DatabaseProvider.Sqlite].CreatePortalClient();

        foreach (var path in AnonymousPages) AssertStrictPolicy(await client.GetAsync(path), path);
    }

    private static void AssertStrictPolicy(HttpResponseMessage response, string path)
    {
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{path} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}, not a page.");
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), $"{path} has no Content-Security-Policy header.");
        var directives = values.Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.ElementAtOrDefault(1) ?? "");
        // Without script-src, browsers fall back to default-src.
        var scriptSources = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        Assert.NotNull(scriptSources);
        Assert.DoesNotContain("'unsafe-inline'", scriptSources);
        Assert.DoesNotContain("'unsafe-eval'", scriptSources);
        Assert.DoesNotContain("*", scriptSources);
        Assert.Equal("'none'", directives.GetValueOrDefault("object-src"));
    }
}
