using Regulator.Domain.Platforms;

namespace Regulator.Web.Api;

/// <summary>What an active key lets its caller be: the platform, its province and the key's scopes.</summary>
public sealed record ApiKeyGrant(int KeyId, string Prefix, int PlatformId, string PlatformName, string ProvinceCode, PlatformApiScopes Scopes)
{
    public static ApiKeyGrant Of(PlatformApiKey key) =>
        new(key.Id, key.Prefix, key.PlatformId, key.Platform.Name, key.Platform.ProvinceCode, key.Scopes);
}
