namespace Regulator.Domain.Provinces;

/// <summary>A provincial-level division by its GB/T 2260 two-digit code (66 for the XPCC, by common practice).</summary>
public sealed record Province(string Code, string NameZh, string NameEn);
