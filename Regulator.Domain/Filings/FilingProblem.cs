namespace Regulator.Domain.Filings;

/// <summary>
/// Something wrong with a filing: the field it concerns (as named in the API), a stable code for clients,
/// and a message in Chinese with English for the clerk. Never contains an identity number.
/// </summary>
public sealed record FilingProblem(string Field, string Code, string Message);
