namespace Regulator.Domain.Blacklist;

/// <summary>What is wrong with one field of a proposal or one item of a check, for a form or an API answer.</summary>
public sealed record BlacklistProblem(string Field, string Code, string Message);
