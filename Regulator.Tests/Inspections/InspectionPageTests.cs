using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Inspections;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Inspections;

/// <summary>An inspection's page opens for every reader, and a province reads its own platforms' part of it only.</summary>
public sealed class InspectionPageTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task An_inspection_opens_and_a_province_sees_only_its_own_platforms(DatabaseProvider provider)
    {
        var portal = portals[provider];
        Inspection inspection;
        await using (var scope = portal.Services.CreateAsyncScope())
            inspection = await scope.ServiceProvider.GetRequiredService<InspectionRunner>().RunAsync($"hostile@{Guid.NewGuid():N}");

        var national = await HtmlPage.GetAsync(await portal.SignInAsync("national.analyst"), $"/jobs/inspections/{inspection.Id}");
        var beijing = await HtmlPage.GetAsync(await portal.SignInAsync("bj.inspector"), $"/jobs/inspections/{inspection.Id}");

        var provinces = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#platform-results tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(provinces(national), p => p != "北京市");
        Assert.NotEmpty(provinces(beijing));
        Assert.All(provinces(beijing), p => Assert.Equal("北京市", p));
    }
}
