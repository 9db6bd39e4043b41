using Regulator.Domain.Common;

namespace Regulator.Domain.Platforms;

/// <summary>What an administrator submits to register or correct a platform.</summary>
public sealed record PlatformDraft(string Name, string Uscc, string ProvinceCode, Agency Agency, IReadOnlyList<LicenceDraft> Licences);

public sealed record LicenceDraft(LicenceKind Kind, string Number, DateOnly? ValidUntil);
