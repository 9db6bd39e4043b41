using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace Regulator.Tests.Infrastructure;

/// <summary>Fetches and parses portal pages the way a browser would, so tests assert on elements, not substrings.</summary>
public static class HtmlPage
{
    public static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}, expected 200.");
        return await ParseAsync(response);
    }

    /// <summary>Parses a response at its own address, so relative form actions and links resolve as in a browser.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }
}
