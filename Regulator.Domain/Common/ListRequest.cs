namespace Regulator.Domain.Common;

/// <summary>
/// Which page of a list to read: at most <see cref="PageSize"/> rows after the cursor <see cref="After"/> or,
/// going back, before <see cref="Before"/> (cursors come from <see cref="ListPage{T}"/>; none means the first page).
/// A cursor that does not decode is treated as "first page", so a tampered URL never errs.
/// </summary>
/// <param name="WithTotal">False skips the COUNT (an export reading batch after batch needs it once at most).</param>
public sealed record ListRequest(int PageSize = ListRequest.DefaultPageSize, string? After = null, string? Before = null, bool WithTotal = true)
{
    /// <summary>
    /// Rows of a page unless the reader picks another size: a screen of a dense table. An open page keeps its rows'
    /// render tree in server memory for as long as it is open, about 3 KB a row (circuits benchmark), so the larger
    /// sizes are the reader's choice rather than every page's.
    /// </summary>
    public const int DefaultPageSize = 20;

    /// <summary>Rows per read when a list is exported whole.</summary>
    public const int ExportBatchSize = 1000;

    /// <summary>A batch of an export, after <paramref name="after"/>; no total is counted.</summary>
    public static ListRequest ExportBatch(string? after) => new(ExportBatchSize, after, null, WithTotal: false);

    /// <summary>The page sizes a reader may choose; anything else is read as the nearest allowed one.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [20, 50, 100];

    /// <summary>The size actually used: one of <see cref="PageSizes"/>, or <see cref="ExportBatchSize"/>.</summary>
    public int Size => PageSize == ExportBatchSize ? ExportBatchSize : PageSizes.MinBy(s => Math.Abs(s - PageSize));
}
