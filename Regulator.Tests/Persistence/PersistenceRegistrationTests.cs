using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Persistence;

public class PersistenceRegistrationTests
{
    [Theory]
    [InlineData("Host=db;Database=regulator", 50)]
    [InlineData("Host=db;Database=regulator;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=regulator;MaxAutoPrepare=20", 20)]
    public void PostgreSQL_connections_prepare_repeated_statements_unless_the_connection_string_chooses(string given, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = given,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<ICurrentActor>(SystemActor.Instance).AddRegulatorPersistence(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();

        var used = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().Database.GetConnectionString();
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare);
        Assert.Equal("regulator", new NpgsqlConnectionStringBuilder(used).Database);
    }
}
