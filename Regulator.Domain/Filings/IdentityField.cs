namespace Regulator.Domain.Filings;

/// <summary>Which of a filing's identity numbers is meant.</summary>
public enum IdentityField
{
    Publisher = 1,
    Guardian = 2,
}
