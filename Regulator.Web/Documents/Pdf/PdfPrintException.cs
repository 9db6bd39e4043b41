namespace Regulator.Web.Documents.Pdf;

/// <summary>Printing a PDF failed; the message says why in words an operator can act on (Chinese, then English).</summary>
public sealed class PdfPrintException(string message, Exception? inner = null) : Exception(message, inner);
