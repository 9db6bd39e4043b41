using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Regulator.Domain.Common;

/// <summary>
/// Pages a list ordered by (time, id) by seeking past a cursor with the index instead of skipping rows
/// (OFFSET reads and discards every earlier row, so page 10,000 of a million-row list would cost 10,000 pages).
/// Both directions seek: "previous" reads the rows before the page's first one in reverse and turns them round.
/// The total is one COUNT of the filtered query.
/// </summary>
public static class KeysetPaging
{
    /// <param name="filtered">The list's rows after its filters, unordered.</param>
    /// <param name="time">The first ordering key (UTC).</param>
    /// <param name="id">The tie-breaker, unique; <c>int</c> or <c>long</c>.</param>
    /// <param name="newestFirst">Descending order when true.</param>
    /// <param name="page">Which page; see <see cref="ListRequest"/>.</param>
    /// <param name="select">The row projection.</param>
    /// <param name="keyOf">Reads (time, id) back from a projected row, for the cursors.</param>
    /// <param name="partitions">
    /// When given, the page is read as one page from each partition (each seeking on an index that leads with the
    /// partition's column), merged: for a list across provinces whose indexes all lead with the province. The
    /// partitions must cover every row of <paramref name="filtered"/>.
    /// </param>
    public static Task<ListPage<TRow>> PageAsync<TEntity, TId, TRow>(
        IQueryable<TEntity> filtered, Expression<Func<TEntity, DateTime>> time, Expression<Func<TEntity, TId>> id, bool newestFirst,
        ListRequest page, Expression<Func<TEntity, TRow>> select, Func<TRow, (DateTime Utc, long Id)> keyOf, CancellationToken ct = default,
        IReadOnlyList<Expression<Func<TEntity, bool>>>? partitions = null)
        where TId : struct =>
        SeekAsync(filtered, time, id, newestFirst, page, select, keyOf, ct, partitions);

    /// <summary>
    /// The same seek over the id alone, for lists whose index ends in the id after equality filters (e.g. subjects by
    /// province, kind and grade): no time key to order by.
    /// </summary>
    public static Task<ListPage<TRow>> PageByIdAsync<TEntity, TRow>(
        IQueryable<TEntity> filtered, Expression<Func<TEntity, long>> id, bool newestFirst, ListRequest page,
        Expression<Func<TEntity, TRow>> select, Func<TRow, long> idOf, CancellationToken ct = default) =>
        SeekAsync(filtered, null, id, newestFirst, page, select, row => (DateTime.MinValue, idOf(row)), ct, null);

    private static async Task<ListPage<TRow>> SeekAsync<TEntity, TId, TRow>(
        IQueryable<TEntity> filtered, Expression<Func<TEntity, DateTime>>? time, Expression<Func<TEntity, TId>> id, bool newestFirst,
        ListRequest page, Expression<Func<TEntity, TRow>> select, Func<TRow, (DateTime Utc, long Id)> keyOf, CancellationToken ct,
        IReadOnlyList<Expression<Func<TEntity, bool>>>? partitions)
        where TId : struct
    {
        var size = page.Size;
        var total = page.WithTotal ? await filtered.LongCountAsync(ct) : -1;
        var backwards = KeysetCursor.Decode(page.Before) is not null && KeysetCursor.Decode(page.After) is null;
        var cursor = backwards ? KeysetCursor.Decode(page.Before) : KeysetCursor.Decode(page.After);
        // Reading backwards walks the list in the opposite order from the cursor, then reverses the page.
        var descending = newestFirst != backwards;
        var query = filtered;
        if (cursor is var (utc, key)) query = query.Where(Beyond(time, id, utc, key, descending));
        IOrderedQueryable<TEntity> Ordered(IQueryable<TEntity> q) => time is null
            ? descending ? q.OrderByDescending(id) : q.OrderBy(id)
            : descending ? q.OrderByDescending(time).ThenByDescending(id) : q.OrderBy(time).ThenBy(id);
        if (partitions is { Count: > 0 })
        {
            var seeking = query;
            query = partitions.Select(p => (IQueryable<TEntity>)Ordered(seeking.Where(p)).Take(size + 1)).Aggregate(Queryable.Concat);
        }
        var rows = await Ordered(query).Select(select).Take(size + 1).ToListAsync(ct);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(size);
        if (backwards) rows.Reverse();
        string? Cursor(TRow row) => KeysetCursor.Encode(keyOf(row).Utc, keyOf(row).Id);
        if (rows.Count == 0) return new ListPage<TRow>(rows, total, null, null);
        return backwards
            ? new ListPage<TRow>(rows, total, more ? Cursor(rows[0]) : null, Cursor(rows[^1]))
            : new ListPage<TRow>(rows, total, cursor is null ? null : Cursor(rows[0]), more ? Cursor(rows[^1]) : null);
    }

    /// <summary><c>time &lt; t || (time == t &amp;&amp; id &lt; i)</c>, or with &gt; when ascending; <c>id &lt; i</c> without a time key.</summary>
    private static Expression<Func<TEntity, bool>> Beyond<TEntity, TId>(
        Expression<Func<TEntity, DateTime>>? time, Expression<Func<TEntity, TId>> id, DateTime utc, long key, bool descending)
    {
        var row = time?.Parameters[0] ?? id.Parameters[0];
        var idBody = new ParameterSwap(id.Parameters[0], row).Visit(id.Body);
        // Constants as closures so the database sees parameters and reuses one plan for every page.
        var t = Parameter(utc);
        var i = Expression.Convert(Parameter(key), typeof(TId));
        Func<Expression, Expression, BinaryExpression> past = descending ? Expression.LessThan : Expression.GreaterThan;
        if (time is null) return Expression.Lambda<Func<TEntity, bool>>(past(idBody, i), row);
        var timeBody = time.Body;
        var body = Expression.OrElse(past(timeBody, t), Expression.AndAlso(Expression.Equal(timeBody, t), past(idBody, i)));
        return Expression.Lambda<Func<TEntity, bool>>(body, row);
    }

    private static Expression Parameter<T>(T value) => ((Expression<Func<T>>)(() => value)).Body;

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
