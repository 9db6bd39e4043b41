namespace Regulator.Domain.Credit;

/// <summary>A procedure step that the rules do not allow now or to this actor; the message is for the person (Chinese, then English).</summary>
public sealed class CreditProcedureException(string message) : InvalidOperationException(message)
{
    /// <summary>The reason as stored (trimmed, identity numbers masked) under the one <see cref="Common.StatedReason"/> rule; throws when it breaks it.</summary>
    public static string StatedReason(string? reason) =>
        Common.StatedReason.Check(reason, out var stated) is { } problem ? throw new CreditProcedureException(problem) : stated;
}
