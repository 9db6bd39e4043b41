using Regulator.Domain.Common;
using Regulator.Domain.Reports;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// One entry of an agency's list of spot-check items (抽查事项清单): what inspectors check on a target, and the article
/// it enforces. Kept as data seeded with the schema (<see cref="CheckItemCatalog"/>); a plan names the items it checks.
/// </summary>
public class CheckItem
{
    public int Id { get; set; }

    /// <summary>Stable code, e.g. <c>log-retention-60-days</c>; plans and results refer to items by id, reports by code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The agency whose list the item is on; a joint plan may use both lists.</summary>
    public Agency Agency { get; set; }

    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public LegalSource Source { get; set; }

    /// <summary>The article (CAC) or numbered point (MCT) of <see cref="Source"/> the item enforces.</summary>
    public int Article { get; set; }

    /// <summary>Which targets the item applies to: platform duties, or a filed publisher's own conduct.</summary>
    public TargetKind AppliesTo { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The legal basis as printed, e.g. 《互联网直播服务管理规定》第16条.</summary>
    public string LegalBasis => LegalCitation.Of(Source, Article);
}
