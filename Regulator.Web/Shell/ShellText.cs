namespace Regulator.Web.Shell;

/// <summary>Anchor for the shell's resource files (Resources/Shell/ShellText*.resx).</summary>
public sealed class ShellText;
