namespace Regulator.Web.Filings.Api;

/// <summary>One entry of the problem-details <c>errors</c> list: which item, which field, what is wrong.</summary>
public sealed record FilingItemError(int Index, string PlatformPublisherId, string Field, string Code, string Message);
