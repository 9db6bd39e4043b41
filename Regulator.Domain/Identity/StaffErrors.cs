namespace Regulator.Domain.Identity;

/// <summary>
/// Why a staff form was refused, as codes the page words in the reader's language (never a message with both
/// languages). Identity's own refusals (password rules, a taken user name) arrive as <see cref="IdentityPrefix"/> plus
/// Identity's error code.
/// </summary>
public static class StaffErrors
{
    public const string PasswordRequired = nameof(PasswordRequired);
    public const string UserNameInvalid = nameof(UserNameInvalid);
    public const string DisplayNameInvalid = nameof(DisplayNameInvalid);
    public const string RoleNotAssignable = nameof(RoleNotAssignable);
    public const string ProvinceRequired = nameof(ProvinceRequired);
    public const string ProvinceNotYours = nameof(ProvinceNotYours);
    public const string IdentityPrefix = "Identity";
}
