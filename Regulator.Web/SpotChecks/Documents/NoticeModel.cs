using Regulator.Domain.SpotChecks;

namespace Regulator.Web.SpotChecks.Documents;

/// <summary>What the spot-check notice (抽查通知书) to a platform prints.</summary>
public sealed record NoticeModel(string IssuingOffice, string DocumentNumber, SpotCheckPlan Plan, SpotCheckTask Task, IReadOnlyList<CheckItem> Items,
    IReadOnlyList<(string Name, string Certificate)> Inspectors, DateOnly IssuedOn);
