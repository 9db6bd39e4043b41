namespace Regulator.Domain.Platforms;

public class PlatformLicence
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public LicenceKind Kind { get; set; }
    public string Number { get; set; } = "";
    public DateOnly? ValidUntil { get; set; }

    public bool IsValidOn(DateOnly day) => ValidUntil is null || ValidUntil >= day;
}
