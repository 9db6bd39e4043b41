namespace Regulator.Domain.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/regulator.db";

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}
