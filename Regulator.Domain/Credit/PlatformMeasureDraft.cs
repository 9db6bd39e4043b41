using Regulator.Domain.Reports;

namespace Regulator.Domain.Credit;

/// <summary>A measure as a platform reports it through the API.</summary>
public sealed record PlatformMeasureDraft(string? MeasureId, string? PlatformPublisherId, PunitiveMeasures Measure, DateOnly? TakenOn, DateOnly? EndsOn, string? Reason);
