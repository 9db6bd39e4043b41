namespace Regulator.Bench.Filings;

/// <summary>A platform the benchmark files for, with the API key it was issued.</summary>
public sealed record BenchPlatform(int Id, string Name, string ProvinceCode, string ApiKey);
