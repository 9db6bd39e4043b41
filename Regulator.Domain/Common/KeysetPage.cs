namespace Regulator.Domain.Common;

/// <summary>One page of a list read by keyset (seek) paging; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);
