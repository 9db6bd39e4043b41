namespace Regulator.Domain.Platforms;

/// <summary>A platform as offered in a choice: id, registered name and home province.</summary>
public sealed record PlatformChoice(int Id, string Name, string ProvinceCode);
