using System.Globalization;
using CsvHelper;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// The corrections file: the rows to fix, as uploaded, with their line and the reasons. Written in UTF-8 with a
/// BOM so Excel shows the Chinese. Identity numbers are masked like everywhere else: the platform finds its rows
/// by its own publisher id and the line, and this file may travel by e-mail. Built from the parsed cells, never the raw
/// row text, and every cell is scrubbed, so it is also safe to keep in the submission.
/// </summary>
public static class FilingCsvCorrections
{
    public static byte[] Write(IReadOnlyList<string> header, IReadOnlyList<int> identityColumns, IEnumerable<(int Line, string[] Cells, IReadOnlyList<FilingProblem> Problems)> rows)
    {
        using var output = new MemoryStream();
        // Names may start with "=" or "+": escaped so that Excel shows them instead of running them as formulas.
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. header.Select(IdentityScrubber.Scrub).Prepend("行号 (line)").Append("问题 (problems)")]);
            foreach (var (line, cells, problems) in rows)
            {
                var record = new string[header.Count + 2];
                record[0] = line.ToString(CultureInfo.InvariantCulture);
                for (var i = 0; i < header.Count; i++)
                {
                    var cell = i < cells.Length ? cells[i] : "";
                    // The identity columns are masked whatever they hold; every other cell (a remark, a second number,
                    // a quote left open that swallowed the next row) goes through the scrubber.
                    record[i + 1] = identityColumns.Contains(i) && cell.Length > 0 ? ResidentIdNumber.Mask(cell.Trim()) : IdentityScrubber.Scrub(cell)!;
                }
                record[^1] = IdentityScrubber.Scrub(string.Join("；", problems.Select(p => p.Message)))!;
                csv.WriteRecord(record);
            }
        }
        return output.ToArray();
    }
}
