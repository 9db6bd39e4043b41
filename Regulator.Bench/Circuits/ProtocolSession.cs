using System.Net;
using System.Text.RegularExpressions;

namespace Regulator.Bench.Circuits;

/// <summary>
/// One signed-in person for <see cref="ProtocolCircuit"/>s: an HTTP client holding the sign-in cookie, as one browser
/// profile holds it for all its tabs. Signs in through the static sign-in form (its antiforgery token included).
/// </summary>
internal sealed partial class ProtocolSession : IDisposable
{
    private ProtocolSession(Uri baseUri, CookieContainer cookies, HttpClient http)
    {
        BaseUri = baseUri;
        Cookies = cookies;
        Http = http;
    }

    /// <summary>The portal's address, ending in "/" (what blazor.web.js sends as the base URI).</summary>
    public Uri BaseUri { get; }

    /// <summary>The sign-in cookie, for the circuit's WebSocket too.</summary>
    public CookieContainer Cookies { get; }

    /// <summary>Pages and the disconnect beacon; never follows a redirect silently (a redirect to sign-in is a failure).</summary>
    public HttpClient Http { get; }

    /// <summary>Signs <paramref name="user"/> in with the demo password; throws when the portal does not accept it.</summary>
    public static async Task<ProtocolSession> SignInAsync(string url, string user, string password)
    {
        var baseUri = new Uri(url.TrimEnd('/') + "/");
        var cookies = new CookieContainer();
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var form = await http.GetStringAsync("account/login");
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = user;
        fields["Input.Password"] = password;
        using var answer = await http.PostAsync("account/login", new FormUrlEncodedContent(fields));
        if (answer.StatusCode != HttpStatusCode.Redirect || (answer.Headers.Location is not { } home || new Uri(baseUri, home).AbsolutePath != "/"))
            throw new InvalidOperationException($"Signing in as {user} answered {(int)answer.StatusCode} {answer.Headers.Location}");
        return new ProtocolSession(baseUri, cookies, http);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)"(?: value="(?<value>[^"]*)")?""")]
    private static partial Regex HiddenInput();
}
