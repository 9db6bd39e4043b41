namespace Regulator.Domain.Common;

/// <summary>
/// One row of an uploaded sheet: its number as Excel shows it (the header is row 1; a cell over several lines is
/// still one row), its cells as text, whether the CSV row's quotes were unbalanced, and which cells Excel stored as
/// numbers (an .xlsx number cell keeps only 15 significant digits: a long identity number in one is already damaged).
/// </summary>
public sealed record SheetRow(int Row, string[] Cells, bool Malformed, IReadOnlySet<int> NumericCells);
