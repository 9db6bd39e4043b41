using Regulator.Domain.Scoping;

namespace Regulator.Domain.Documents;

/// <summary>
/// A PDF the portal wrote: a findings document or an enforcement report. Stored in the database rather than on
/// disk so that every node of a cluster can serve what any node printed, backups carry it with the data it
/// describes, and the province scope filter guards downloads like any other record. There is one document per
/// <see cref="Key"/> (what it is of: a platform and period, a report's scope and period): regenerating it on
/// purpose replaces the content and counts a new <see cref="Version"/>; a retry of the job that wrote it does not.
/// </summary>
public class GeneratedDocument : IProvinceOwned
{
    /// <summary>The scope of national documents, which no provincial user's scope matches.</summary>
    public const string NationalScope = "00";

    /// <summary>Longest background job id kept (Hangfire's are a number on PostgreSQL and a GUID-like string on SQLite).</summary>
    public const int JobIdMaxLength = 64;

    public long Id { get; set; }

    /// <summary>What the document is of, e.g. <c>weekly:44:2026-11-16</c>; unique, so regenerating overwrites.</summary>
    public string Key { get; set; } = "";

    public DocumentKind Kind { get; set; }

    /// <summary>The province the document is about, or <see cref="NationalScope"/>.</summary>
    public string ProvinceCode { get; set; } = "";

    public string Title { get; set; } = "";
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day covered, inclusive.</summary>
    public DateOnly PeriodEnd { get; set; }

    public int? PlatformId { get; set; }
    public int? InspectionId { get; set; }
    public DateTime GeneratedUtc { get; set; }
    public string FileName { get; set; } = "";
    public int SizeBytes { get; set; }
    public byte[] Content { get; set; } = [];

    /// <summary>1 when first written; one more each time another job writes the same key again.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The background job that wrote this version; null when written outside a job (tools, tests).</summary>
    public string? JobId { get; set; }
}
