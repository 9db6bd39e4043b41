using Bogus;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Persistence;

/// <summary>
/// Province scoping is applied by the context to every query of a province-owned record, so it holds for
/// any page or endpoint, including one that forgets: these tests ask the context directly, on both providers.
/// </summary>
public sealed class ProvinceScopingTests
{
    [Theory, BothProviders]
    public async Task A_provincial_actor_reads_only_records_of_its_own_province(DatabaseProvider provider)
    {
        using var database = await DatabaseWithPlatformsAsync(provider, "11", "11", "44");
        await using var beijing = database.CreateContext(new ScopedActor("11", IsNational: false));

        var visible = await beijing.Platforms.ToListAsync();

        Assert.Equal(2, visible.Count);
        Assert.All(visible, p => Assert.Equal("11", p.ProvinceCode));
        var guangdongId = await beijing.Platforms.IgnoreQueryFilters().Where(p => p.ProvinceCode == "44").Select(p => p.Id).SingleAsync();
        Assert.Null(await beijing.Platforms.FirstOrDefaultAsync(p => p.Id == guangdongId));
    }

    [Theory, BothProviders]
    public async Task A_national_actor_reads_every_province(DatabaseProvider provider)
    {
        using var database = await DatabaseWithPlatformsAsync(provider, "11", "44", "66");
        await using var national = database.CreateContext(new ScopedActor(null, IsNational: true));

        Assert.Equal(["11", "44", "66"], await national.Platforms.OrderBy(p => p.ProvinceCode).Select(p => p.ProvinceCode).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task An_actor_with_neither_province_nor_national_role_reads_nothing(DatabaseProvider provider)
    {
        using var database = await DatabaseWithPlatformsAsync(provider, "11", "44");
        await using var nobody = database.CreateContext(new ScopedActor(null, IsNational: false));

        Assert.Empty(await nobody.Platforms.ToListAsync());
    }

    [Theory, BothProviders]
    public async Task The_scope_comes_from_each_context_not_from_the_cached_model(DatabaseProvider provider)
    {
        // EF Core builds the model, filters included, once per process; the scope must still be read per query.
        using var database = await DatabaseWithPlatformsAsync(provider, "11", "44");
        await using (var beijing = database.CreateContext(new ScopedActor("11", IsNational: false)))
            Assert.Equal("11", (await beijing.Platforms.SingleAsync()).ProvinceCode);
        await using var guangdong = database.CreateContext(new ScopedActor("44", IsNational: false));
        var own = await guangdong.Platforms.SingleAsync();
        Assert.Equal("44", own.ProvinceCode);
        Assert.Null(await guangdong.Platforms.FindAsync(own.Id - 1 is var other && other > 0 ? other : own.Id + 1));
    }

    private static Task<TestDatabase> DatabaseWithPlatformsAsync(DatabaseProvider provider, params string[] provinces) =>
        TestDatabase.CreateMigratedAsync(provider, db =>
        {
            var random = new Randomizer(7);
            db.Platforms.AddRange(provinces.Select((province, i) => new Platform
            {
                Name = $"平台{i}",
                Uscc = DemoIdentities.UnifiedSocialCreditCode(random, province),
                ProvinceCode = province,
                Agency = Agency.Cyberspace,
                CreatedUtc = DateTime.UtcNow,
            }));
            return Task.CompletedTask;
        });
}
