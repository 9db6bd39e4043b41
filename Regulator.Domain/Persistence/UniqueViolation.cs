using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Regulator.Domain.Persistence;

/// <summary>Recognises a unique-index violation from either provider, whether EF Core or a bulk copy raised it.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(Exception e) => e switch
    {
        DbUpdateException { InnerException: { } inner } => Is(inner),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == SqliteConstraint,
        _ => false,
    };
}
