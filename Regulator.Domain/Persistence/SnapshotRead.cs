using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Regulator.Domain.Persistence;

/// <summary>
/// Several reads that must agree with each other (a grade and the facts it was computed from) while writers go on:
/// separate statements under PostgreSQL's read-committed default, or SQLite's autocommit reads, may each see a
/// different commit. Every query the context runs until this is disposed sees one committed state; nothing is written.
/// </summary>
public sealed class SnapshotRead : IAsyncDisposable
{
    private readonly DatabaseFacade _database;
    private readonly DbTransaction _transaction;

    private SnapshotRead(DatabaseFacade database, DbTransaction transaction) => (_database, _transaction) = (database, transaction);

    /// <summary>
    /// Repeatable read on PostgreSQL. On SQLite a deferred transaction: its shared lock is taken at the first read and
    /// held to the end, so a writer's commit waits for these few reads instead of landing between them (EF's own
    /// SQLite transaction is BEGIN IMMEDIATE, a write lock reads have no need of).
    /// </summary>
    public static async Task<SnapshotRead> BeginAsync(DatabaseFacade database, CancellationToken ct = default)
    {
        await database.OpenConnectionAsync(ct);
        var connection = database.GetDbConnection();
        DbTransaction transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await database.UseTransactionAsync(transaction, ct);
        return new SnapshotRead(database, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.UseTransactionAsync(null);
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _database.CloseConnectionAsync();
    }
}
