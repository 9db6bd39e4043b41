using Microsoft.Extensions.Localization;
using Regulator.Domain.Reports;
using Regulator.Web.Shared;

namespace Regulator.Web.Reports;

/// <summary>
/// A case's steps in the reader's language. Steps store values (outcome, measures, categories, province), which are
/// named here from the resources; rows stored before that held words instead, Chinese names and enum names
/// ("Transferred None 属地公安机关"), and are read back into the same values where they parse.
/// </summary>
public static class CaseTimeline
{
    /// <summary>
    /// One step as "what happened, and to what": the step's name and its values, e.g. "办结 移交处理 · 移交 属地公安机关" or
    /// "Closed Transferred · to 属地公安机关". <paramref name="categories"/> names the categories of a change of category.
    /// </summary>
    public static string Describe(CaseEvent step, IReadOnlyList<ReportCategory> categories, IStringLocalizer t)
    {
        var what = step.Kind switch
        {
            CaseEventKind.Opened => step.RoutedToProvinceCode is { } province ? t["TimelineOpenedRouted", ProvinceNames.Of(province)].Value : t["TimelineOpenedTriage"].Value,
            CaseEventKind.RoutedToProvince when step.RoutedToProvinceCode is { } province => t["TimelineRouted", CasesList.ProvinceOf(province, t)].Value,
            CaseEventKind.Recategorized when step.CategoryId is { } to => $"{CategoryName(categories, c => c.Id == step.PreviousCategoryId)} → {CategoryName(categories, c => c.Id == to)}",
            CaseEventKind.Recategorized when step.Details?.Split(" → ") is [var from, var to] =>
                $"{CategoryName(categories, c => c.NameZh == from) ?? from} → {CategoryName(categories, c => c.NameZh == to) ?? to}",
            CaseEventKind.Assigned => t["TimelineAssigned", step.AssigneeName() ?? ""].Value,
            CaseEventKind.Closed when step.Closing() is { } closing => Closing(closing.Outcome, closing.Measures, closing.TransferredTo, t),
            _ => step.Details ?? "",
        };
        return $"{t["Event" + step.Kind]} {what}".TrimEnd();
    }

    private static string Closing(CaseOutcome outcome, PunitiveMeasures measures, string? transferredTo, IStringLocalizer t)
    {
        var parts = new List<string> { t["Outcome" + outcome] };
        parts.AddRange(Enum.GetValues<PunitiveMeasures>().Where(m => m != PunitiveMeasures.None && measures.HasFlag(m)).Select(m => t["Measure" + m].Value));
        if (!string.IsNullOrEmpty(transferredTo)) parts.Add(t["TimelineTransferred", transferredTo]);
        return string.Join(" · ", parts);
    }

    private static string? CategoryName(IReadOnlyList<ReportCategory> categories, Func<ReportCategory, bool> which) =>
        categories.FirstOrDefault(which) is { } c ? CasesList.CategoryName(c.NameZh, c.NameEn) : null;
}
