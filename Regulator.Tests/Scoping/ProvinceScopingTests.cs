using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Scoping;

/// <summary>The central filter, against a real SQLite file migrated like the portal's.</summary>
public sealed class ProvinceScopingTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"regulator-scoping-{Guid.NewGuid():N}.db");

    private SqliteRegulatorDbContext Context(ICurrentActor actor) =>
        new(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite($"Data Source={_path};Pooling=false").Options, actor);

    public async Task InitializeAsync()
    {
        await using var db = Context(SystemActor.Instance);
        await db.Database.MigrateAsync();
        db.Platforms.AddRange(
            new Platform { Name = "北京平台", Uscc = "91110000802100433B", ProvinceCode = "11", Agency = Agency.Cyberspace },
            new Platform { Name = "广东平台", Uscc = "914403001922038216", ProvinceCode = "44", Agency = Agency.CultureTourism });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_provincial_actor_reads_only_its_own_province()
    {
        await using var db = Context(new TestActor("11"));
        var names = await db.Platforms.Select(p => p.Name).ToListAsync();
        Assert.Equal(["北京平台"], names);
    }

    [Fact]
    public async Task Looking_up_another_provinces_record_by_id_finds_nothing()
    {
        await using var db = Context(new TestActor("11"));
        var guangdong = await Context(SystemActor.Instance).Platforms.SingleAsync(p => p.ProvinceCode == "44");
        Assert.Null(await db.Platforms.FirstOrDefaultAsync(p => p.Id == guangdong.Id));
        Assert.Null(await db.Platforms.FindAsync(guangdong.Id));
    }

    [Fact]
    public async Task National_actors_read_every_province()
    {
        await using var db = Context(new TestActor(null, IsNational: true));
        Assert.Equal(2, await db.Platforms.CountAsync());
    }

    [Fact]
    public async Task An_actor_without_province_or_national_role_reads_nothing()
    {
        await using var db = Context(new TestActor(null));
        Assert.Equal(0, await db.Platforms.CountAsync());
    }

    [Fact]
    public async Task The_filter_follows_whoever_runs_the_query_not_the_first_context_built()
    {
        // The model (and its filter) is built once and cached; the scope must still come from each context.
        await using (var beijing = Context(new TestActor("11"))) Assert.Equal("11", (await beijing.Platforms.SingleAsync()).ProvinceCode);
        await using var guangdong = Context(new TestActor("44"));
        Assert.Equal("44", (await guangdong.Platforms.SingleAsync()).ProvinceCode);
    }
}
