using Npgsql;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run, named by <c>REGULATOR_TEST_POSTGRES</c> (an administrator's connection
/// string, without a database). A missing variable fails the PostgreSQL tests rather than skipping them: a
/// green run must mean the PostgreSQL half was exercised too.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "REGULATOR_TEST_POSTGRES";

    private static readonly Lazy<string> Administrator = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run scripts/test.sh, which installs and starts " +
                "PostgreSQL and sets it, or set it to an administrator's connection string, e.g. Host=127.0.0.1;Username=postgres;Password=…"));

    /// <summary>
    /// A connection string to <paramref name="database"/> on the test server. Opening a connection may wait 60 s
    /// instead of Npgsql's 15: on a two-core machine running the suite beside other work, the server can be slow to
    /// start a backend, and that is not what any test asserts.
    /// </summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Administrator.Value) { Database = database, Timeout = 60 }.ToString();

    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
