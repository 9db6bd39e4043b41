using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Platforms;

/// <summary>
/// The one rule of which platforms a typed text names (<see cref="PlatformChoices.Named"/>), shared by the platform
/// picker (in-province and nationwide) and the registry's search, on both providers.
/// </summary>
public sealed class PlatformChoicesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Part_of_a_name_or_a_credit_code_in_either_case_names_the_same_platforms_everywhere(DatabaseProvider provider)
    {
        await using var db = portals[provider].CreateDbContext();
        var platform = await db.Platforms.AsNoTracking().OrderBy(p => p.Id).FirstAsync();

        foreach (var text in new[] { platform.Name[1..^1], " " + platform.Uscc.ToLowerInvariant() + " " })
        {
            var choices = await PlatformChoices.SearchAsync(db, text);
            Assert.Contains(choices, c => c.Id == platform.Id);
            var nationwide = await PlatformNames.SearchAsync(db, text);
            Assert.Contains(nationwide, c => c.Id == platform.Id);
            var registry = await new PlatformSearch(Text: text).PageAsync(db, new Regulator.Domain.Common.ListRequest(PageSize: 100));
            Assert.Contains(registry.Items, r => r.Id == platform.Id);
            Assert.Equal(await db.Platforms.CountAsync(PlatformChoices.Named(text)), registry.Total);
        }
        Assert.DoesNotContain(await PlatformChoices.SearchAsync(db, "没有这样的平台名称"), c => c.Id == platform.Id);
    }
}
