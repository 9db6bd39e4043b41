using AngleSharp.Dom;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Platforms;

/// <summary>The registry list pages by keyset through the query string, as a person clicking "next page" would.</summary>
public sealed class PlatformListPagingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Following_next_page_links_visits_every_platform_once(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using (var db = portal.CreateDbContext())
        {
            var random = new Randomizer(11);
            // More than a page, several registered in the same instant, so the id must break the tie.
            var at = DateTime.UtcNow.AddDays(-1);
            db.Platforms.AddRange(Enumerable.Range(0, ListRequest.DefaultPageSize + 7).Select(i => new Platform
            {
                Name = $"分页测试平台{i}",
                Uscc = DemoIdentities.UnifiedSocialCreditCode(random, "11"),
                ProvinceCode = "11",
                Agency = Agency.Cyberspace,
                CreatedUtc = at.AddMinutes(-(i / 3)),
            }));
            await db.SaveChangesAsync();
        }
        int expected;
        await using (var db = portal.CreateDbContext()) expected = await db.Platforms.CountAsync();
        var client = await portal.SignInAsync("national.admin");

        var seen = new List<string>();
        var path = "/platforms";
        for (var pages = 1; ; pages++)
        {
            var page = await HtmlPage.GetAsync(client, path);
            seen.AddRange(page.QuerySelectorAll("[data-list=platforms] tbody tr td:first-child").Select(td => td.TextContent.Trim()));
            if (page.QuerySelector("[data-list=platforms] a[rel=next][href]") is not { } next) break;
            path = new Uri(next.GetAttribute("href")!, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } abs ? abs.PathAndQuery : next.GetAttribute("href")!;
            Assert.True(pages < 10, "The next-page link never ran out.");
        }

        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }
}
