namespace Regulator.Web.Auditing;

/// <summary>Anchor for the audit pages' resource files (Resources/Auditing/AuditingText*.resx).</summary>
public sealed class AuditingText;
