using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Regulator.Domain.Jobs;

/// <summary>
/// Quartz's own tables (job store, cluster check-ins, locks). The DDL is the one the Quartz package ships for
/// each dialect, read from the package at migration time rather than copied here, so the tables always match the
/// Quartz version that will use them; the scheduler then only validates the schema at start-up.
/// </summary>
public static partial class SchedulerSchema
{
    /// <summary>Lower case so PostgreSQL's folding of unquoted names and Quartz's queries agree.</summary>
    public const string TablePrefix = "qrtz_";

    public const string Postgres = "postgres";
    public const string Sqlite = "sqlite";

    /// <summary>The package's statements for <paramref name="dialect"/>, prefix applied, in order.</summary>
    public static IReadOnlyList<string> Statements(string dialect)
    {
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The Quartz package no longer ships {resource}.");
        using var reader = new StreamReader(stream);
        // The package's script separates statements with a line reading exactly "--;;" and leaves {0}/{1} for the prefix.
        return reader.ReadToEnd().Replace("\r\n", "\n").Split("\n--;;\n")
            .Select(chunk => string.Join('\n', chunk.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0)
            .Select(statement => statement.Replace("{0}", TablePrefix).Replace("{1}", TablePrefix))
            .ToList();
    }

    public static void Create(MigrationBuilder migration, string dialect)
    {
        foreach (var statement in Statements(dialect)) migration.Sql(statement);
    }

    public static void Drop(MigrationBuilder migration, string dialect)
    {
        // Dependent tables were created last, so dropping in reverse order never trips a foreign key.
        foreach (var table in Statements(dialect).Select(s => CreateTable().Match(s)).Where(m => m.Success).Select(m => m.Groups[1].Value).Reverse())
            migration.Sql($"DROP TABLE IF EXISTS {table};");
    }

    [GeneratedRegex(@"^CREATE TABLE IF NOT EXISTS (\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
