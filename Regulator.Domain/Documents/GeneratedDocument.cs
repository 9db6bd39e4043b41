using Regulator.Domain.Scoping;

namespace Regulator.Domain.Documents;

/// <summary>
/// A PDF the portal wrote: a findings document or an enforcement report. Stored in the database rather than on
/// disk so that every node of a cluster can serve what any node printed, backups carry it with the data it
/// describes, and the province scope filter guards downloads like any other record. Regenerating replaces the
/// content under the same <see cref="Key"/>.
/// </summary>
public class GeneratedDocument : IProvinceOwned
{
    /// <summary>The scope of national documents, which no provincial user's scope matches.</summary>
    public const string NationalScope = "00";

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
}
