using Regulator.Domain.Inspections;

namespace Regulator.Tests.Jobs;

/// <summary>
/// A rule that finds nothing, and on the n-th platform it is asked about holds the inspection there until the
/// node stops, so a test can stop a node in the middle of a job, with some platforms already done.
/// </summary>
public sealed class InspectionGate(int holdAtPlatform) : IInspectionRule
{
    private int _asked;

    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Code => "gate";
    public FindingCategory Category => FindingCategory.Licensing;
    public FindingSeverity Severity => FindingSeverity.Minor;
    public string Article => "CAC-5";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        if (Interlocked.Increment(ref _asked) != holdAtPlatform) return null;
        Reached.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct);
        return null;
    }
}
