using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Persistence;

/// <summary>The audit log can be appended to and read, never changed: not by the application, not by raw SQL.</summary>
public sealed class AuditAppendOnlyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, """UPDATE "AuditEntries" SET "Action" = 'tampered'""")]
    [InlineData(DatabaseProvider.Sqlite, """DELETE FROM "AuditEntries" """)]
    [InlineData(DatabaseProvider.Postgres, """UPDATE "AuditEntries" SET "Action" = 'tampered'""")]
    [InlineData(DatabaseProvider.Postgres, """DELETE FROM "AuditEntries" """)]
    [InlineData(DatabaseProvider.Postgres, """TRUNCATE "AuditEntries" """)]
    public async Task The_database_refuses_raw_sql_that_changes_audit_rows(DatabaseProvider provider, string sql)
    {
        using var database = await AuditedDatabaseAsync(provider);
        await using var db = database.CreateContext();

        var refusal = Assert.ThrowsAny<DbException>(() => db.Database.ExecuteSqlRaw(sql));

        Assert.Contains("append-only", refusal.Message);
        await AssertUntouchedAsync(database);
    }

    [Theory, BothProviders]
    public async Task The_context_refuses_to_modify_an_audit_entry(DatabaseProvider provider)
    {
        using var database = await AuditedDatabaseAsync(provider);
        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();

        entry.Action = "tampered";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        await AssertUntouchedAsync(database);
    }

    [Theory, BothProviders]
    public async Task The_context_refuses_to_delete_an_audit_entry(DatabaseProvider provider)
    {
        using var database = await AuditedDatabaseAsync(provider);
        await using var db = database.CreateContext();

        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        await AssertUntouchedAsync(database);
    }

    private static Task<TestDatabase> AuditedDatabaseAsync(DatabaseProvider provider) =>
        TestDatabase.CreateMigratedAsync(provider, db =>
        {
            db.AuditEntries.Add(new AuditEntry { OccurredUtc = DateTime.UtcNow, UserName = "bj.admin", Action = AuditActions.SignIn, Details = "bj.admin" });
            return Task.CompletedTask;
        });

    private static async Task AssertUntouchedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(AuditActions.SignIn, entry.Action);
    }
}
