using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// A fresh SQLite database FILE, not an in-memory one: the portal runs on a file, and file-only behaviour
/// (write-ahead log, one connection per request, triggers surviving reconnection) must be what is tested.
/// </summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "regulator-tests");
    private readonly string _path;

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(Folder);
        _path = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString { get; }

    public override RegulatorDbContext CreateContext(ICurrentActor? actor = null) =>
        new SqliteRegulatorDbContext(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite(ConnectionString).Options, actor ?? SystemActor.Instance);

    public override void Dispose()
    {
        // Pooled connections keep the file open; release them so it can be deleted.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        // Hangfire's store lives beside the portal's database (JobsRegistration.SqliteStoragePath).
        var hangfire = Path.ChangeExtension(_path, ".hangfire.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
            File.Delete(hangfire + suffix);
        }
    }
}
