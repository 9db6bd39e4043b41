namespace Regulator.Domain.Common;

/// <summary>
/// One page of a list with the number of rows that match its filters (<see cref="Total"/>) and opaque cursors
/// to the neighbouring pages (<see cref="Total"/> is -1 when the request asked for none): <see cref="Previous"/> is null on the first page, <see cref="Next"/> on the last.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, long Total, string? Previous, string? Next)
{
    public static readonly ListPage<T> Empty = new([], 0, null, null);
}
