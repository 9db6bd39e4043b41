using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Filings;

/// <summary>
/// A migrated in-memory SQLite database with three platforms — Beijing (with a news licence), Beijing, Guangdong —
/// and contexts for any actor, to test the filing services against the real model, migrations and scoping filter.
/// </summary>
public sealed class FilingsDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    public static readonly DemoClock Clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public int BeijingNews { get; }
    public int BeijingPlain { get; }
    public int Guangdong { get; }

    public FilingsDatabase()
    {
        _connection.Open();
        using var db = Context(SystemActor.Instance);
        db.Database.Migrate();
        var platforms = new[] { FilingTestData.Platform(0, "11", newsLicence: true), FilingTestData.Platform(0, "11"), FilingTestData.Platform(0, "44") };
        foreach (var p in platforms) p.Licences.ForEach(l => l.PlatformId = 0);
        db.Platforms.AddRange(platforms);
        db.SaveChanges();
        (BeijingNews, BeijingPlain, Guangdong) = (platforms[0].Id, platforms[1].Id, platforms[2].Id);
    }

    public RegulatorDbContext Context(ICurrentActor actor) =>
        new SqliteRegulatorDbContext(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite(_connection).Options, actor);

    public AuditLog Audit(RegulatorDbContext db, ICurrentActor actor) => new(db, actor, Clock);

    public static ICurrentActor Staff(string? province) => new ScopedActor(province, IsNational: province is null);

    public ICurrentActor PlatformClient(int platformId, string province) => new ScopedActor(province, PlatformId: platformId);

    public void Dispose() => _connection.Dispose();
}
