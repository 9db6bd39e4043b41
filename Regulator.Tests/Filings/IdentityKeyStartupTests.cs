using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Filings;

/// <summary>A portal that cannot protect identity numbers must not start: the keys are checked at start-up, not at the first filing.</summary>
public sealed class IdentityKeyStartupTests
{
    private const string GoodKey = "mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=";

    [Theory]
    [InlineData("", GoodKey, "EncryptionKey is missing")]
    [InlineData("c2hvcnQ=", GoodKey, "must decode to 32 bytes")]
    [InlineData(GoodKey, GoodKey, "must be different")]
    public void The_portal_refuses_to_start_with_a_missing_short_or_shared_key(string encryptionKey, string blindIndexKey, string reason)
    {
        using var database = new SqliteTestDatabase();
        using var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("IdentityProtection:EncryptionKey", encryptionKey);
            b.UseSetting("IdentityProtection:BlindIndexKey", blindIndexKey);
        });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains(reason, error.ToString());
    }
}
