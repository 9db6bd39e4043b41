using System.Net;
using System.Text.Json;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingsApiClient;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Filings;

/// <summary>
/// Issue 17 through <c>POST /api/v1/filings</c> and the blacklist check, on both providers: document types, numbers
/// with hidden characters, a personal ID filed as a credit code, Excel's truncation, names that hide or lost characters.
/// </summary>
public sealed class IdentityDocumentsApiTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly Randomizer Random = new(17);
    private static readonly DateOnly Adult = new(1990, 3, 7);

    private static Dictionary<string, object?> Person(string id, string number, string name = "张三", string? type = null, bool? confirmed = null, string publisherType = "individual") => new()
    {
        ["platformPublisherId"] = id,
        ["publisherType"] = publisherType,
        ["realName"] = name,
        ["identityNumber"] = number,
        ["identityDocumentType"] = type,
        ["identityNumberConfirmed"] = confirmed,
        ["displayNames"] = new[] { "主播" + id },
        ["contentKinds"] = new[] { "performance" },
    };

    private static List<JsonElement> Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateArray().ToList();

    [Theory, BothProviders]
    public async Task Residence_permits_foreign_permanent_residents_and_other_documents_are_filed_with_their_type(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var permit = DemoIdentities.CitizenNumber(Random, IdentityDocumentType.HkMacauTaiwanResidencePermit, Adult);
        var foreign = DemoIdentities.CitizenNumber(Random, IdentityDocumentType.ForeignPermanentResidentId, Adult, "44");

        var response = await api.PostAsync(Person("permit", permit), Person("foreign", foreign, "约翰·史密斯", type: "foreignPermanentResidentId"),
            Person("passport", "E12345678", "玛丽亚", type: "manualReview"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await JsonAsync(response)).GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("submitted", i.GetProperty("status").GetString()));
        Assert.Equal("manual-review-document", items[2].GetProperty("problems")[0].GetProperty("code").GetString());
        var read = await JsonAsync(await api.Http.GetAsync("/api/v1/filings/permit"));
        Assert.Equal("hkMacauTaiwanResidencePermit", read.GetProperty("identityDocumentType").GetString());

        await using var db = portal.CreateDbContext();
        var stored = await db.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId);
        Assert.Equal(IdentityDocumentType.HkMacauTaiwanResidencePermit, stored["permit"].DocumentType);
        Assert.Equal(AgeBand.Adult, stored["foreign"].AgeBand); // the birth date read from positions 7–14
        Assert.Equal(IdentityDocumentType.ManualReview, stored["passport"].DocumentType);
        Assert.Null(stored["passport"].AgeBand);

        // Bulk acceptance leaves the document without a check character to a reviewer.
        var staff = await portal.SignInAsync("bj.admin");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var review = scope.ServiceProvider.GetRequiredService<FilingReview>();
            Assert.Equal(2, (await review.AcceptCleanSubmissionAsync(stored["permit"].SubmissionId, Actor.ProvincialAdministrator("bj.admin", "11"))).Value);
        }

        // The same permit on another platform, typed with hidden characters, matches by blind index.
        var other = await ForNewPlatformAsync(portal, "44");
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync(Person("p", "\uFEFF" + permit[..6] + "\u3000" + permit[6..12] + "\u200B" + permit[12..]))).StatusCode);
        await using var check = portal.CreateDbContext();
        var index = (await check.Filings.SingleAsync(f => f.PlatformId == other.Platform.Id)).IdentityBlindIndex;
        Assert.Equal(stored["permit"].IdentityBlindIndex, index);

        var list = await HtmlPage.GetAsync(staff, $"/filings?platform={api.Platform.Id}&document=ManualReview");
        Assert.Contains("passport", list.Body!.TextContent);
        Assert.DoesNotContain("permit", list.Body.TextContent);

        // Shown on the record, with the number masked.
        var record = await HtmlPage.GetAsync(staff, $"/filings/{stored["permit"].Id}");
        Assert.Equal("港澳台居民居住证", record.QuerySelector("[data-testid=document-type]")!.TextContent.Trim());
        Assert.DoesNotContain(permit, record.Body!.TextContent);
    }

    [Theory, BothProviders]
    public async Task A_personal_id_filed_as_an_organization_is_refused_and_the_age_rule_holds(DatabaseProvider provider)
    {
        var api = await ForNewPlatformAsync(portals[provider], "11");
        // A 14-year-old's number that also satisfies the credit code's MOD 31.
        const string child = "11010520120301110X";

        var asOrganization = await api.PostAsync(Person("org", child, "某某文化传媒有限公司", publisherType: "organization"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, asOrganization.StatusCode);
        Assert.Equal("personal-id-as-credit-code", Errors(await JsonAsync(asOrganization)).Single().GetProperty("code").GetString());

        var asPerson = await api.PostAsync(Person("kid", child));
        Assert.Equal("rejected", (await JsonAsync(asPerson)).GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Theory, BothProviders]
    public async Task Numbers_Excel_may_have_cut_are_answered_with_their_own_codes(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");

        // 110105198805028377 after Excel: still checks, so it needs the platform's confirmation.
        var unconfirmed = await api.PostAsync(Person("t1", "110105198805028000"), Person("t2", "110105198503121000"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        var errors = Errors(await JsonAsync(unconfirmed));
        Assert.Equal(["identity-number-needs-confirmation", "identity-number-excel-truncated"], errors.Select(e => e.GetProperty("code").GetString()));
        Assert.All(errors, e => Assert.Contains("Excel", e.GetProperty("message").GetString()));
        await using (var db = portal.CreateDbContext())
            Assert.False(await db.Filings.AnyAsync(f => f.PlatformId == api.Platform.Id));

        var confirmed = await api.PostAsync(Person("t1", "110105198805028000", confirmed: true));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Theory, BothProviders]
    public async Task Names_that_hide_or_lost_characters_are_refused_and_middle_dots_are_folded(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var number = DemoIdentities.ResidentId(Random, "11", Adult);
        string[] names = ["​", "⁠⁠", "ㅤ", "­", "󠁁󠁂", "张﻿三", "李??", "李�", "李"];

        var refused = await api.PostAsync([.. names.Select((n, i) => (object)Person($"n{i}", number, n))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = Errors(await JsonAsync(refused)).Where(e => e.GetProperty("field").GetString() == "realName").ToList();
        Assert.Equal(Enumerable.Range(0, names.Length), errors.Select(e => e.GetProperty("index").GetInt32()));
        Assert.Equal("characters-lost-before-upload", errors[6].GetProperty("code").GetString());
        Assert.Contains("CSV UTF-8", errors[6].GetProperty("message").GetString());

        var birth1800 = await api.PostAsync(Person("old", "110105180003071239"));
        Assert.Contains("1900", Errors(await JsonAsync(birth1800)).Single().GetProperty("message").GetString());

        var folded = await api.PostAsync(Person("dot", number, "买买提•艾力"));
        Assert.Equal(HttpStatusCode.OK, folded.StatusCode);
        // The canonical form is what is matched: the same name typed with U+00B7 changes nothing.
        Assert.Equal(1, (await JsonAsync(await api.PostAsync(Person("dot", number, "买买提·艾力")))).GetProperty("unchanged").GetInt32());
        await using var db = portal.CreateDbContext();
        var filing = await db.Filings.Include(f => f.History).SingleAsync(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == "dot");
        Assert.Equal("买买提·艾力", filing.RealName);
        Assert.Equal("买买提•艾力", filing.History.Single().TypedNames);
    }

    [Theory, BothProviders]
    public async Task The_blacklist_check_reads_every_document_type_and_names_hidden_characters(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var permit = DemoIdentities.CitizenNumber(Random, IdentityDocumentType.HkMacauTaiwanResidencePermit, Adult);
        await BlacklistArrange.PublishAsync(portal, permit);
        var (_, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);

        await client.WaitUntilOnListIsAsync(permit[..6] + " " + permit[6..] + "​", expected: true);
        var problem = (await client.CheckErrorAsync("11010519491231​0021")).GetProperty("message").GetString();
        Assert.Contains("校验位", problem);
        Assert.Contains("U+200B", problem);

        // The issue's own examples: a permit and a foreign permanent resident ID are read, not refused; Excel's
        // truncation is answered with its own code, a personal ID with a wrong check as an invalid number.
        Assert.False(await client.IsOnListAsync("810000199003071237"));
        Assert.False(await client.IsOnListAsync("91184019850312001X"));
        var truncated = await client.CheckErrorAsync("110105198503121000");
        Assert.Equal("identity-number-excel-truncated", truncated.GetProperty("code").GetString());
        Assert.Contains("Excel", truncated.GetProperty("message").GetString());
        Assert.Equal("invalid-identity-number", (await client.CheckErrorAsync("110105194912310021")).GetProperty("code").GetString());
    }
}
