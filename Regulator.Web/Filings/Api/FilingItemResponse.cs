using Regulator.Domain.Filings;

namespace Regulator.Web.Filings.Api;

/// <summary>The answer for one item: <c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>invalid</c>, the status it has, and why.</summary>
public sealed record FilingItemResponse(int Index, string PlatformPublisherId, FilingItemOutcome Outcome, FilingStatus? Status, IReadOnlyList<FilingProblem> Problems)
{
    public static FilingItemResponse From(FilingItemResult r) => new(r.Index, r.PlatformPublisherId, r.Outcome, r.Status, r.Problems);
}
