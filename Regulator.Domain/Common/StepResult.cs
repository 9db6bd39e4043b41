namespace Regulator.Domain.Common;

/// <summary>
/// The one result of every domain step a page or an API calls: either <see cref="StepStatus.Done"/> with the
/// record the step created or changed (<see cref="Value"/>), or a <see cref="StepFailure"/> saying why not. Steps
/// return a value or a failure and let the implicit conversions build this; they do not throw for a rule a person
/// can break. Pages show <see cref="Failure"/>'s message in the reader's language; the platform APIs answer it with
/// the status <see cref="StepStatus"/> names.
/// </summary>
/// <typeparam name="T">What a done step hands back: usually the record it changed, so the caller can show it.</typeparam>
public sealed class StepResult<T>
{
    private readonly T? _value;

    private StepResult(T? value, StepFailure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>Why the step was not taken; null when it was.</summary>
    public StepFailure? Failure { get; }

    /// <summary><see cref="StepStatus.Done"/>, or the failure's status.</summary>
    public StepStatus Status => Failure?.Status ?? StepStatus.Done;

    /// <summary>True when the step was taken.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>What the step handed back.</summary>
    /// <exception cref="InvalidOperationException">When the step failed: read <see cref="Failure"/> first.</exception>
    public T Value => Failure is null ? _value! : throw new InvalidOperationException($"The step failed ({Failure.Status}): {Failure.Message}");

    /// <summary>A done step that hands back <paramref name="value"/>.</summary>
    public static StepResult<T> Done(T value) => new(value, null);

    /// <summary>A step that was not taken, for <paramref name="failure"/>.</summary>
    public static StepResult<T> Failed(StepFailure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public static implicit operator StepResult<T>(T value) => Done(value);

    public static implicit operator StepResult<T>(StepFailure failure) => Failed(failure);

    public override string ToString() => Failure is null ? $"Done: {_value}" : $"{Failure.Status}: {Failure.Message}";
}
