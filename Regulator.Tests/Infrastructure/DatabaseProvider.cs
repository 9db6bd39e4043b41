namespace Regulator.Tests.Infrastructure;

/// <summary>The two providers the portal supports; names match the values of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
