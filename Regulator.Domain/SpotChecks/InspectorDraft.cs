using Regulator.Domain.Common;

namespace Regulator.Domain.SpotChecks;

/// <summary>An entry for the inspector directory; the province is the administrator's own.</summary>
public sealed record InspectorDraft(string Name, Agency Agency, string CertificateNumber, DateOnly CertificateExpiresOn, string? UserId);
