namespace Regulator.Domain.IdentityNumbers;

/// <summary>Why an identity number was not taken: a stable <see cref="Code"/> from <see cref="IdentityNumberCodes"/> and a bilingual message.</summary>
public sealed record IdentityNumberProblem(string Code, string Message);
