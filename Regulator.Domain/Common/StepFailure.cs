namespace Regulator.Domain.Common;

/// <summary>
/// Why a domain step was not taken: its <see cref="Status"/> (never <see cref="StepStatus.Done"/>), one message
/// written once in both languages as "中文 (English)" (pages show the reader's part), and, for
/// <see cref="StepStatus.Invalid"/>, the message per input field (keyed by the field's name in the step's draft) and,
/// where the feature has them, a stable machine code per field (<see cref="FieldCodes"/>, e.g.
/// <c>invalid-identity-number</c>) that platforms' systems act on.
/// A failure converts to any <see cref="StepResult{T}"/>, so a step writes <c>return StepFailure.NotFound;</c>.
/// </summary>
public sealed record StepFailure(StepStatus Status, string Message, IReadOnlyDictionary<string, string> FieldErrors,
    IReadOnlyDictionary<string, string>? FieldCodes = null)
{
    /// <summary>The code APIs give a field's problem when the feature names none.</summary>
    public const string InvalidCode = "invalid";

    /// <summary>The stable code of <paramref name="field"/>'s problem: the feature's own, or <see cref="InvalidCode"/>.</summary>
    public string CodeOf(string field) => FieldCodes?.GetValueOrDefault(field) ?? InvalidCode;

    private static readonly IReadOnlyDictionary<string, string> NoFieldErrors = new Dictionary<string, string>();

    /// <summary>The record is not there for this actor (missing, or in another province or platform).</summary>
    public static readonly StepFailure NotFound = new(StepStatus.NotFound, "记录不存在 (no such record)", NoFieldErrors);

    /// <summary>The actor's role may not take the step; <paramref name="message"/> says which role may.</summary>
    public static StepFailure Refused(string message) => new(StepStatus.Refused, message, NoFieldErrors);

    /// <summary>The record's state does not allow the step now; <paramref name="message"/> says why.</summary>
    public static StepFailure Conflict(string message) => new(StepStatus.Conflict, message, NoFieldErrors);

    /// <summary>The input breaks a rule that belongs to no one field (or to the whole request).</summary>
    public static StepFailure Invalid(string message) => new(StepStatus.Invalid, message, NoFieldErrors);

    /// <summary>
    /// The input breaks rules of the named fields; the message is the first field's, so a caller that shows one
    /// line still says something true.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="fieldErrors"/> is empty: an invalid input names what is wrong.</exception>
    /// <param name="fieldCodes">Optional stable code per field (see <see cref="CodeOf"/>).</param>
    public static StepFailure Invalid(IReadOnlyDictionary<string, string> fieldErrors, IReadOnlyDictionary<string, string>? fieldCodes = null) =>
        fieldErrors.Count == 0
            ? throw new ArgumentException("An invalid input names at least one field.", nameof(fieldErrors))
            : new(StepStatus.Invalid, fieldErrors.First().Value, fieldErrors, fieldCodes);
}
