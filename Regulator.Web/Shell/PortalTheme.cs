using MudBlazor;

namespace Regulator.Web.Shell;

/// <summary>The portal's colours and type: CJK fonts first, since Latin-only fonts pick their own fallback for Han characters.</summary>
public static class PortalTheme
{
    private static readonly string[] Fonts = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "system-ui", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2d5b8a",
            Secondary = "#b8322a",
            AppbarBackground = "#1c2a3a",
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "600" },
        },
    };
}
