using Regulator.Domain.Common;
using Regulator.Domain.Platforms;

namespace Regulator.Web.Platforms;

/// <summary>The registration form's fields; the rules themselves are in <see cref="PlatformRegistry"/>.</summary>
public sealed class PlatformForm
{
    public string Name { get; set; } = "";
    public string Uscc { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; } = Agency.Cyberspace;
    public List<LicenceField> Licences { get; set; } = [];

    public sealed class LicenceField
    {
        public LicenceKind Kind { get; set; }
        public string? Number { get; set; }
        public DateOnly? ValidUntil { get; set; }
    }

    // One row per licence kind, so the form always offers all three.
    public static PlatformForm Empty(string? provinceCode) => new()
    {
        ProvinceCode = provinceCode ?? "",
        Licences = Enum.GetValues<LicenceKind>().Select(k => new LicenceField { Kind = k }).ToList(),
    };

    public static PlatformForm From(Platform platform)
    {
        var form = Empty(platform.ProvinceCode);
        form.Name = platform.Name;
        form.Uscc = platform.Uscc;
        form.Agency = platform.Agency;
        foreach (var field in form.Licences)
        {
            var held = platform.Licences.FirstOrDefault(l => l.Kind == field.Kind);
            field.Number = held?.Number;
            field.ValidUntil = held?.ValidUntil;
        }
        return form;
    }

    public PlatformDraft ToDraft() => new(Name, Uscc, ProvinceCode, Agency,
        Licences.Select(l => new LicenceDraft(l.Kind, l.Number ?? "", l.ValidUntil)).ToList());
}
