namespace Regulator.Web.Filings.Api;

/// <summary>The answer to a batch in which every item was stored or unchanged.</summary>
public sealed record FilingBatchResponse(int Created, int Updated, int Unchanged, IReadOnlyList<FilingItemResponse> Items);
