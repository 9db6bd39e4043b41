using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Scoping;

namespace Regulator.Bench.Filings;

/// <summary>Issues a filings key for every platform of the (freshly seeded) benchmark database, through the real issuer.</summary>
public static class BenchSetup
{
    public static async Task<List<BenchPlatform>> IssueKeysAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<NpgsqlRegulatorDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new NpgsqlRegulatorDbContext(options, SystemActor.Instance);
        var issuer = new ApiKeyIssuer(db, new AuditLog(db, SystemActor.Instance, TimeProvider.System), TimeProvider.System, SystemActor.Instance);
        var platforms = await db.Platforms.OrderBy(p => p.Id).ToListAsync();
        var result = new List<BenchPlatform>();
        foreach (var platform in platforms)
        {
            var key = (await issuer.IssueAsync(platform, "benchmark", PlatformApiScopes.Filings, "bench")).Value;
            result.Add(new BenchPlatform(platform.Id, platform.Name, platform.ProvinceCode, key.PlainText));
        }
        return result;
    }
}
