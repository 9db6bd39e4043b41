namespace Regulator.Web.Identity;

public static class RegulatorClaims
{
    public const string Province = "regulator:province";
    public const string Agency = "regulator:agency";
    public const string DisplayName = "regulator:display-name";
    public const string PlatformId = "regulator:platform";
    public const string ApiScopes = "regulator:api-scopes";
}
