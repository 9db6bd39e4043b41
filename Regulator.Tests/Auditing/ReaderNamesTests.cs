using Regulator.Domain.Documents;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Auditing;
using Regulator.Web.Jobs;

namespace Regulator.Tests.Auditing;

/// <summary>
/// Codes the portal stores (audit actions, document kinds) reach a reader as names in their language, never as the
/// code itself: a new action or kind without its names fails here, not in front of a clerk.
/// </summary>
public sealed class ReaderNamesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory]
    [InlineData(PortalText.Chinese)]
    [InlineData(PortalText.English)]
    public void Every_audited_action_has_a_name_in_the_readers_language(string culture)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        Assert.Contains("credit.designation-step", AuditList.KnownActions);
        var unnamed = AuditList.KnownActions.Where(a => !Named<AuditingText>(portal, "Action:" + a, culture)).ToList();
        Assert.True(unnamed.Count == 0, "No name for: " + string.Join(", ", unnamed));
    }

    [Theory]
    [InlineData(PortalText.Chinese)]
    [InlineData(PortalText.English)]
    public void Every_document_kind_has_a_name_in_the_readers_language(string culture)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var unnamed = Enum.GetValues<DocumentKind>().Where(k => !Named<JobsText>(portal, "Kind" + k, culture)).ToList();
        Assert.True(unnamed.Count == 0, "No name for: " + string.Join(", ", unnamed));
    }

    private static bool Named<TResource>(PortalFactory portal, string key, string culture)
    {
        try
        {
            var text = PortalText.Of<TResource>(portal, key, culture);
            // A key missing from the English file falls back to the Chinese text.
            return text.Length > 0 && (culture == PortalText.Chinese || text != PortalText.Of<TResource>(portal, key));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
