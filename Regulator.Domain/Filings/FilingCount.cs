using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Filings;

/// <summary>
/// A part of the number of filings that share these properties, kept by the database itself: its triggers on
/// <c>Filings</c> add a row of +n when filings are inserted (a COPY of a whole batch included), of −n and +n when one of
/// these properties changes (a review decision) and of −n when filings are deleted; <see cref="FilingCounts.FoldAsync"/>
/// sums the parts into one row per combination now and then. The filings list's total for a view narrowed by these
/// properties only is then a sum over a few rows instead of a count of a province's 250,000 filings, which cost more
/// than the rest of opening the list (circuits benchmark). Rows are only ever inserted by the triggers, so concurrent
/// intakes never wait for each other on a shared counter row. Scoped like the filings it counts.
/// </summary>
public sealed class FilingCount : IProvinceOwned, IPlatformOwned
{
    public long Id { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public int PlatformId { get; private set; }
    public Agency Agency { get; private set; }
    public FilingStatus Status { get; private set; }
    public PublisherType PublisherType { get; private set; }
    public AgeBand? AgeBand { get; private set; }

    /// <summary>Filings, positive or negative; the sum over a combination's rows is its number of filings.</summary>
    public long Count { get; private set; }
}
