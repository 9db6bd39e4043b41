using System.Net;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Hostile;

/// <summary>
/// Every route the portal maps (<see cref="RouteCatalog"/>), requested as every kind of user, as another province's
/// user and as a signed-in user with neither province nor national role. Whatever the route, the answer is never a
/// server error and never holds an identity number in clear; another province's record is not found (or refused);
/// a post without its antiforgery token is refused 400; and none of the refused requests changes the database.
/// </summary>
public sealed class HostileRouteTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private sealed record Caller(string Name, HttpClient Client, string? Province, bool National, string? Token);

    private static readonly string[] Staff = ["national.admin", "national.analyst", "auditor", "bj.admin", "bj.inspector", "gd.admin", "gd.inspector"];

    [Theory, BothProviders]
    public async Task Every_route_as_every_user_answers_without_server_error_leak_or_another_provinces_record(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var routes = RouteCatalog.Routes(portal);
        // The catalogue is read from the portal, not typed in: pages and endpoints of every section are in it.
        foreach (var expected in new[] { "/platforms/{Id:int}/edit", "/filings/{Id:long}", "/credit/subjects/{Id:long}", "/credit/designations/{Id:long}", "/jobs/inspections/{Id:int}", "/account/logout", "/api/v1/reports" })
            Assert.Contains(routes, r => r.Template == expected);

        var callers = new List<Caller> { new("anonymous", portal.CreatePortalClient(), null, false, null) };
        foreach (var name in Staff) callers.Add(await SignInAsync(portal, name, name.StartsWith("bj.") ? "11" : name.StartsWith("gd.") ? "44" : null, !name.Contains('.') || name.StartsWith("national")));
        // Signed in and holding a provincial role, but no province: must read nothing (fail closed).
        callers.Add(await SignInAsync(portal, await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin), null, national: false));
        var failures = new List<string>();

        // 1. Requests that must be refused and change nothing.
        var before = await DatabaseFingerprint.TakeAsync(portal);
        foreach (var caller in callers.Where(c => c is { National: false, Token: not null }))
        {
            var foreignProvinces = caller.Province is null ? new[] { "11", "44" } : [caller.Province == "11" ? "44" : "11"];
            foreach (var route in routes.Where(r => r.ProvinceOwned))
            foreach (var province in foreignProvinces)
            {
                var path = await FillAsync(portal, route, province);
                foreach (var method in route.Methods.Where(m => m is "GET" or "POST"))
                {
                    var response = await SendAsync(caller, method, path, withToken: true);
                    await CheckAsync(failures, caller, method, path, response, status => status is >= 400 and < 500 || (status == 302 && IsSignInOrDenied(response)),
                        "another province's record must be not found or refused");
                }
            }
        }
        foreach (var caller in callers.Where(c => c.Token is not null))
        foreach (var route in routes.Where(r => r.Methods.Contains("POST")))
        {
            var path = await FillAsync(portal, route, caller.Province ?? "11");
            var response = await SendAsync(caller, "POST", path, withToken: false);
            // Refused for the token (400), or before it for the role (denied) or the caller (an API's 401/415).
            await CheckAsync(failures, caller, "POST (no token)", path, response, status => status is >= 400 and < 500 || (status == 302 && IsSignInOrDenied(response)),
                "a post without its antiforgery token must be refused");
        }
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(portal));

        // 2. Every page and endpoint read as every user, with their own province's ids (national users: both provinces').
        foreach (var caller in callers)
        foreach (var route in routes.Where(r => r.Methods.Contains("GET")))
        foreach (var province in caller.Province is { } own ? [own] : new[] { "11", "44" })
        {
            var path = await FillAsync(portal, route, province);
            await CheckAsync(failures, caller, "GET", path, await SendAsync(caller, "GET", path, withToken: false), _ => true, "");
            if (!route.ProvinceOwned) break;
        }

        Assert.True(failures.Count == 0, $"{failures.Count} hostile requests were answered wrongly:\n" + string.Join("\n", failures.Take(60)));
    }

    private static async Task<Caller> SignInAsync(PortalFactory portal, string name, string? province, bool national)
    {
        var client = await portal.SignInAsync(name);
        // Any page's form carries the session's antiforgery token (the sign-out form is on every page).
        var page = await HtmlPage.GetAsync(client, "/");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "No antiforgery token on a signed-in page.");
        return new Caller(name, client, province, national, token);
    }

    private static async Task<string> FillAsync(PortalFactory portal, RouteCatalog.Route route, string province)
    {
        await using var db = portal.CreateDbContext();
        return await RouteCatalog.FillAsync(db, route.Template, province);
    }

    private static Task<HttpResponseMessage> SendAsync(Caller caller, string method, string path, bool withToken)
    {
        if (method == "GET") return caller.Client.GetAsync(path);
        var fields = new Dictionary<string, string>();
        if (withToken && caller.Token is not null) fields["__RequestVerificationToken"] = caller.Token;
        return caller.Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static bool IsSignInOrDenied(HttpResponseMessage response) =>
        response.RedirectTarget() is { } target && (target.StartsWith(PortalSignIn.LoginPath, StringComparison.Ordinal) || target.StartsWith("/account/denied", StringComparison.Ordinal));

    private static async Task CheckAsync(List<string> failures, Caller caller, string method, string path, HttpResponseMessage response, Func<int, bool> expected, string rule)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500) failures.Add($"{caller.Name} {method} {path}: {status} server error");
        else if (!expected(status)) failures.Add($"{caller.Name} {method} {path}: {status} {response.Headers.Location} ({rule})");
        if (IdentityLeaks.In(body) is { Count: > 0 } leaks) failures.Add($"{caller.Name} {method} {path}: {leaks.Count} identity number(s) in clear");
    }
}
