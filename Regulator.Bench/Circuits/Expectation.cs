namespace Regulator.Bench.Circuits;

/// <summary>
/// What a <see cref="ProtocolCircuit"/> step waits for: the first render batch for which <see cref="Done"/> holds.
/// <see cref="Seen"/> ends when it arrives, or fails naming the step after the timeout or on a circuit error.
/// </summary>
internal sealed class Expectation
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _timer;

    public Expectation(string step, Func<byte[], bool> done, TimeSpan timeout)
    {
        Done = done;
        _timer = new CancellationTokenSource(timeout);
        _timer.Token.Register(() => Fail($"{step} did not end within {timeout.TotalSeconds:F0} s"));
    }

    public Func<byte[], bool> Done { get; }

    public Task Seen => _seen.Task;

    public void Complete()
    {
        _seen.TrySetResult();
        _timer.Dispose();
    }

    public void Fail(string why) => _seen.TrySetException(new TimeoutException(why));
}
