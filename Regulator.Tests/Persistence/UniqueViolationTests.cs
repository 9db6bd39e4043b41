using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Persistence;

public sealed class UniqueViolationTests
{
    [Theory, BothProviders]
    public async Task A_duplicate_key_is_recognised_on_both_providers(DatabaseProvider provider)
    {
        using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var uscc = Filings.FilingTestData.Uscc("11");
        db.Platforms.AddRange(Platform(uscc), Platform(uscc));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error), error.ToString());
        Assert.False(UniqueViolation.Is(new InvalidOperationException("something else")));
    }

    private static Platform Platform(string uscc) => new() { Name = "重复平台", Uscc = uscc, ProvinceCode = "11", Agency = Agency.Cyberspace, CreatedUtc = DateTime.UtcNow };
}
