using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;
using Regulator.Web.Identity;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Auditing;

/// <summary>
/// The audit log (<c>/audit</c>, export <c>/export/audit.xlsx</c>; auditors and the national administrator). Query
/// string: <c>user</c>, <c>action</c>, <c>record</c> (<c>Type:Id</c> for one record's history, or a bare id),
/// <c>province</c>, <c>from</c> and <c>to</c> (China calendar days), <c>reasons</c> (only entries with a stated reason),
/// <c>sort=created</c> for oldest first (newest first by default). Keyset paging.
/// </summary>
public sealed class AuditList : ListDefinition<AuditEntry>
{
    public override string Name => "audit";

    public override string? Policy => RegulatorPolicies.AuditRead;

    protected override Type Texts => typeof(AuditingText);

    public override bool UsesKeyset => true;

    public override IListQuery<AuditEntry> Query(ListState state)
    {
        var (type, id) = state["record"]?.Split(':', 2) is [var t, var i] ? (t, i) : ((string?)null, state["record"]);
        return new AuditSearch(state["user"], state["action"], type, id, state["province"], state.Date("from"), state.Date("to"),
            state.Flag("reasons"), OldestFirst: state.SortKey == "created" && !state.SortDescending);
    }

    public override IReadOnlyList<ListColumn<AuditEntry>> Columns { get; } =
    [
        new("When", (e, _) => ChinaTime.FromUtc(e.OccurredUtc).DateTime),
        new("User", (e, _) => e.UserName),
        new("Action", (e, t) => ActionName(t, e.Action)),
        new("Record", (e, t) => $"{RecordName(t, e.RecordType)} {e.RecordId}".Trim()),
        new("Province", (e, _) => ProvinceNames.Of(e.ProvinceCode)),
        new("Address", (e, _) => e.IpAddress),
        new("Reason", (e, _) => e.Reason),
        new("Details", (e, t) => AuditDetails.ForReader(t, e.Details)),
    ];

    /// <summary>
    /// Every action the portal audits: the shared ones (<see cref="AuditActions"/>) and the credit procedure's own
    /// (<see cref="CreditAuditActions"/>), as stored codes.
    /// </summary>
    public static IReadOnlyList<string> KnownActions { get; } =
        [.. new[] { typeof(AuditActions), typeof(CreditAuditActions) }.SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!)];

    /// <summary>The kind of record an entry is about (e.g. <c>Filing</c>) in the reader's language; the stored name when it has none.</summary>
    public static string RecordName(Microsoft.Extensions.Localization.IStringLocalizer texts, string? recordType) =>
        recordType is null ? "" : texts["Record:" + recordType] is { ResourceNotFound: false } name ? name.Value : recordType;

    /// <summary>An audit action in the reader's language (the stored code when it has no name yet).</summary>
    public static string ActionName(Microsoft.Extensions.Localization.IStringLocalizer texts, string action) =>
        texts["Action:" + action] is { ResourceNotFound: false } name ? name.Value : action;
}
