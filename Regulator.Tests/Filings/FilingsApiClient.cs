using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Filings;

/// <summary>A platform of the test portal with a fresh API key, and the calls the filing tests make with it.</summary>
public sealed class FilingsApiClient(Platform platform, HttpClient client)
{
    public Platform Platform => platform;
    public HttpClient Http => client;

    /// <summary>A platform of <paramref name="provinceCode"/> (with or without a news licence) and a key with <paramref name="scopes"/>.</summary>
    public static async Task<FilingsApiClient> ForNewPlatformAsync(PortalFactory portal, string provinceCode, PlatformApiScopes scopes = PlatformApiScopes.All)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        // A platform of its own per test, so tests in one class never see each other's filings.
        var platform = new Platform
        {
            Name = $"测试平台{Guid.NewGuid():N}"[..12],
            Uscc = FilingTestData.Uscc(provinceCode),
            ProvinceCode = provinceCode,
            Agency = Domain.Common.Agency.Cyberspace,
            CreatedUtc = DateTime.UtcNow,
        };
        db.Platforms.Add(platform);
        await db.SaveChangesAsync();
        var issued = (await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().IssueAsync(platform, "test", scopes, "tests")).Value;
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.PlainText);
        return new FilingsApiClient(platform, client);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string json) =>
        client.PostAsync("/api/v1/filings", new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostAsync(params object[] filings) =>
        PostJsonAsync(JsonSerializer.Serialize(filings, JsonSerializerOptions.Web));

    public static object AdultJson(string id, string identity, string name = "张三", string[]? kinds = null) => new
    {
        platformPublisherId = id,
        publisherType = "individual",
        realName = name,
        identityNumber = identity,
        displayNames = new[] { "小" + name },
        contentKinds = kinds ?? ["performance"],
    };

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>What is stored for this platform, to prove a refused request changed nothing.</summary>
    public async Task<string> SnapshotAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDbContext();
        var rows = await db.Filings.Where(f => f.PlatformId == platform.Id).OrderBy(f => f.Id)
            .Select(f => new { f.PlatformPublisherId, f.Status, f.UpdatedUtc, f.RealName, History = f.History.Count }).ToListAsync();
        return JsonSerializer.Serialize(rows);
    }
}
