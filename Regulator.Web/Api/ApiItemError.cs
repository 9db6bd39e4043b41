namespace Regulator.Web.Api;

/// <summary>
/// What is wrong with one item of a request, the one shape every platform API uses in the <c>errors</c> list of its
/// answer (filings, report pushes, blacklist checks and reports, credit measures): which item (its 0-based
/// <paramref name="Index"/> in the request, and <paramref name="Id"/>, the item's own id where it has one — a filing's
/// platformPublisherId, a report's id — or null), which <paramref name="Field"/> (a JSON path relative to the item,
/// e.g. <c>guardian.consentDate</c>), a stable machine <paramref name="Code"/> and a <paramref name="Message"/> in
/// Chinese with English in parentheses. Identity-shaped text is scrubbed with the rest of the problem.
/// </summary>
public sealed record ApiItemError(int Index, string? Id, string Field, string Code, string Message);
