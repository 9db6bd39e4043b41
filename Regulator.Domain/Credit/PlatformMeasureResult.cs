namespace Regulator.Domain.Credit;

/// <summary>The outcome of a measure report: the stored report and the publisher's grade after it, or what is wrong (field, code, message).</summary>
public sealed record PlatformMeasureResult(PlatformMeasureReport? Report, CreditGrade? Grade, IReadOnlyList<(string Field, string Code, string Message)> Problems)
{
    public bool Succeeded => Report is not null;
}
