using Regulator.Domain.Filings;

namespace Regulator.Web.Filings.Api;

/// <summary>One change, as the platform sees it: reviewers are named by role (<c>regulator</c>), not by person.</summary>
public sealed record FilingHistoryResponse(DateTimeOffset At, FilingEvent Event, FilingStatus Status, string By, string? Reason);
