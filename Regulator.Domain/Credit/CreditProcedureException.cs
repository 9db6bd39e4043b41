namespace Regulator.Domain.Credit;

/// <summary>A procedure step that the rules do not allow now or to this actor; the message is for the person (Chinese, then English).</summary>
public sealed class CreditProcedureException(string message) : InvalidOperationException(message);
