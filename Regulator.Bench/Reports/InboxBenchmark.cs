using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Regulator.Bench.Reports;

/// <summary>
/// <c>inbox --url http://host:port [--user national.admin] [--password …] [--requests 400]</c>: signs in through the
/// real form, then requests the inbox with a rotation of filters and follows each list to its next page, as people do,
/// and prints the latency distribution. Measures the whole request (authentication, scoping, query, rendering).
/// </summary>
public static partial class InboxBenchmark
{
    private static readonly string[] Views =
    [
        "/reports", "/reports?status=Open", "/reports?status=InProgress", "/reports?minors=true", "/reports?overdue=true",
        "/reports?sort=due", "/reports?category=2", "/reports?category=6&minors=true", "/reports?status=Open&sort=due",
        "/reports?province=44", "/reports?province=11&status=Open", "/reports?province=00", "/reports?platform=3",
        "/reports?from={week}&to={today}", "/reports?status=Closed",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var url = new Uri(Value("--url", "http://127.0.0.1:5080"));
        var requests = int.Parse(Value("--requests", "400"), CultureInfo.InvariantCulture);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = url };
        await SignInAsync(http, Value("--user", "national.admin"), Value("--password", Regulator.Domain.Seeding.DemoUsers.Password));

        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var week = DateTime.UtcNow.AddHours(8).AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var latencies = new List<double>();
        for (var i = 0; latencies.Count < requests; i++)
        {
            var path = Views[i % Views.Length].Replace("{today}", today).Replace("{week}", week);
            var (ms, next) = await TimeAsync(http, path);
            latencies.Add(ms);
            if (next is not null && latencies.Count < requests) latencies.Add((await TimeAsync(http, WebUtility.HtmlDecode(next))).Ms);
        }
        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        var under = latencies.Count(l => l < 200) * 100.0 / latencies.Count;
        Console.WriteLine($"inbox: {latencies.Count} requests, p50 {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, p99 {Percentile(0.99):F0} ms, max {latencies[^1]:F0} ms; {under:F1}% under 200 ms");
        return under >= 95 ? 0 : 1;
    }

    private static async Task<(double Ms, string? Next)> TimeAsync(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        return (ms, NextLink().Match(html) is { Success: true } m ? m.Groups[1].Value : null);
    }

    private static async Task SignInAsync(HttpClient http, string user, string password)
    {
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = user, ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in as {user} failed ({(int)response.StatusCode}).");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();
}
