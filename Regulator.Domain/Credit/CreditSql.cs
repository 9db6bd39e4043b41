using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The little that differs between the providers in the credit feature's set-based statements. Everything else is
/// SQL both PostgreSQL and SQLite (3.33+, for UPDATE … FROM) accept, with quoted identifiers.
/// </summary>
internal static class CreditSql
{
    /// <summary>A date column plus a whole number of days, as a date both providers compare with a date parameter.</summary>
    public static string AddDays(RegulatorDbContext db, string dateColumn, string daysExpression) =>
        db.Database.IsNpgsql()
            ? $"({dateColumn} + ({daysExpression}))"
            : $"date({dateColumn}, ({daysExpression}) || ' days')";
}
