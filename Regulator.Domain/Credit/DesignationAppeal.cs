namespace Regulator.Domain.Credit;

/// <summary>An appeal against a listing decision (行政复议 or 行政诉讼), recorded with its outcome once known.</summary>
public sealed record DesignationAppeal(DateOnly FiledOn, string Body, string Grounds, string? Outcome, DateOnly? DecidedOn, bool Upheld, string RecordedBy);
