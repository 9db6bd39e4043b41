namespace Regulator.Web.Documents;

/// <summary>The printed documents' style sheet, <c>print.css</c>, embedded in the assembly.</summary>
public static class PrintStyles
{
    public static readonly string Css = Read("print.css");

    private static string Read(string name)
    {
        using var stream = typeof(PrintStyles).Assembly.GetManifestResourceStream($"Regulator.Web.Documents.{name}")
                           ?? throw new InvalidOperationException($"{name} is not embedded in Regulator.Web.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
