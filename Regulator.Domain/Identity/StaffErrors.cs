namespace Regulator.Domain.Identity;

/// <summary>
/// Why a staff account step was not taken, each written once as "中文 (English)" (pages show the reader's part).
/// Identity's own refusals (password rules, a taken user name) arrive as Identity error codes and are worded by
/// <see cref="OfIdentity"/>.
/// </summary>
public static class StaffErrors
{
    public const string NotAdministrator = "只有管理员可以管理人员账户 (only administrators may manage staff accounts)";
    public const string PasswordRequired = "请设置初始密码 (set an initial password)";
    public const string UserNameInvalid = "用户名只能包含字母、数字和 . - _，最多 64 个字符 (letters, digits and . - _ only, at most 64 characters)";
    public const string DisplayNameInvalid = "姓名不能为空，不超过 100 个字，且不能包含尖括号或控制字符 (a name is required, at most 100 characters, without angle brackets or control characters)";
    public const string RoleNotAssignable = "您无权分配该角色 (you may not assign this role)";
    public const string ProvinceRequired = "省级角色必须选择省份 (a provincial role needs a province)";
    public const string ProvinceNotYours = "只能管理本省人员 (you manage staff of your own province only)";

    private static readonly Dictionary<string, string> Identity = new()
    {
        ["DuplicateUserName"] = "该用户名已被使用 (this user name is taken)",
        ["PasswordTooShort"] = "密码太短：至少 10 个字符 (the password is too short: at least 10 characters)",
        ["PasswordRequiresNonAlphanumeric"] = "密码须包含至少一个符号 (the password needs at least one symbol)",
        ["PasswordRequiresUpper"] = "密码须包含大写字母 (the password needs an upper-case letter)",
        ["PasswordRequiresLower"] = "密码须包含小写字母 (the password needs a lower-case letter)",
        ["PasswordRequiresDigit"] = "密码须包含数字 (the password needs a digit)",
    };

    /// <summary>The message for one of ASP.NET Core Identity's error codes; a general one for codes without words of their own.</summary>
    public static string OfIdentity(string code) =>
        Identity.GetValueOrDefault(code, "账户未能保存，请检查输入 (the account could not be saved; check the entries)");
}
