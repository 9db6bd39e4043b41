using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Regulator.Domain.Common;

namespace Regulator.Bench.Filings;

/// <summary>
/// A provincial reviewer working through the list: signed in through the real form, each request a whole
/// server-rendered page with a mix of filters, some followed to later pages by their keyset cursor, some full-number
/// searches (POST then the redirected GET). Reports latency percentiles and the share under 200 ms.
/// </summary>
public static partial class ListBenchmark
{
    private const int WarmUp = 20;

    public static async Task RunAsync(BenchOptions options, IReadOnlyList<BenchPlatform> platforms, IReadOnlyList<(string Identity, string ProvinceCode)> filed)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(options.Url) };
        await SignInAsync(http, options.Reviewer);
        var own = platforms.Where(p => p.ProvinceCode == options.ReviewerProvince).ToList();
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var random = new Random(7);
        string[] filters =
        [
            "", "status=Submitted", "status=ReturnedForCorrection", "status=Rejected", "type=Organization", "band=Age16To17", "band=Under16",
            "kind=NewsInformation", "linked=true", "status=Submitted&type=Individual&band=Adult", $"from={today}&to={today}", "kind=Performance&status=Submitted",
        ];
        var searches = filed.Where(f => f.ProvinceCode == options.ReviewerProvince).ToList();

        var timings = new List<double>();
        var kinds = new Dictionary<string, List<double>>();
        for (var i = 0; i < options.ListRequests + WarmUp; i++)
        {
            if (i % 10 == 9 && searches.Count > 0)
            {
                var ms = await SearchAsync(http, searches[random.Next(searches.Count)].Identity);
                if (i >= WarmUp) Record(timings, kinds, "full-number search", ms);
                continue;
            }
            var filter = filters[random.Next(filters.Length)];
            if (random.Next(4) == 0 && own.Count > 0) filter = $"platform={own[random.Next(own.Count)].Id}&{filter}";
            var (first, next) = await GetAsync(http, "/filings?" + filter);
            if (i >= WarmUp) Record(timings, kinds, filter.Length == 0 ? "unfiltered" : "filtered", first);
            // A reviewer pages on now and then: a cursor page should cost what the first does.
            for (var page = random.Next(0, 4); next is not null && page > 0; page--)
            {
                (var ms, next) = await GetAsync(http, next);
                if (i >= WarmUp) Record(timings, kinds, "next page", ms);
            }
        }

        Console.WriteLine($"Reviewer list as {options.Reviewer} (province {options.ReviewerProvince}): {timings.Count} requests (after {WarmUp} warm-up), whole HTML pages of 50 rows:");
        Console.WriteLine($"  p50 {Percentile(timings, 50):N0} ms, p95 {Percentile(timings, 95):N0} ms, p99 {Percentile(timings, 99):N0} ms, max {timings.Max():N0} ms; " +
                          $"{100.0 * timings.Count(t => t < 200) / timings.Count:N1}% under 200 ms");
        foreach (var (name, list) in kinds.OrderBy(k => k.Key))
            Console.WriteLine($"    {name,-20} n={list.Count,4}  p50 {Percentile(list, 50),5:N0} ms  p95 {Percentile(list, 95),5:N0} ms  max {list.Max(),5:N0} ms");
    }

    private static void Record(List<double> all, Dictionary<string, List<double>> byKind, string kind, double ms)
    {
        all.Add(ms);
        if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
        list.Add(ms);
    }

    private static async Task<(double Ms, string? Next)> GetAsync(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        var next = NextLink().Match(html);
        return (clock.Elapsed.TotalMilliseconds, next.Success ? WebUtility.HtmlDecode(next.Groups[1].Value) : null);
    }

    private static async Task<double> SearchAsync(HttpClient http, string identity)
    {
        var token = Token().Match(await http.GetStringAsync("/filings")).Groups[1].Value;
        var clock = Stopwatch.StartNew();
        using var post = await http.PostAsync("/filings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "identity-search", ["IdentityNumber"] = identity,
        }));
        await GetAsync(http, post.Headers.Location!.ToString());
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task SignInAsync(HttpClient http, string userName)
    {
        var token = Token().Match(await http.GetStringAsync("/account/login")).Groups[1].Value;
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = userName, ["Input.Password"] = Regulator.Domain.Seeding.DemoUsers.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}");
    }

    /// <summary>The nearest-rank <paramref name="p"/>th percentile (0–100) of <paramref name="values"/>, in their unit.</summary>
    internal static double Percentile(IReadOnlyCollection<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
