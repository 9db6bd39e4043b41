namespace Regulator.Web.Documents.Pdf;

/// <summary>
/// Prints a series of documents with the printer's pages kept busy: items are prepared one at a time (preparing
/// usually reads the database, which one unit of work cannot do in parallel), printed concurrently, and handed
/// back one at a time in order. At most <paramref name="window"/> documents are in memory at once.
/// </summary>
public static class PrintPipeline
{
    public static async Task RunAsync<T>(IEnumerable<T> items, Func<T, Task<PrintRequest>> prepare, Func<T, byte[], Task> printed,
        PdfPrinter printer, int window, CancellationToken ct)
    {
        var inFlight = new Queue<(T Item, Task<byte[]> Pdf)>();
        try
        {
            foreach (var item in items)
            {
                inFlight.Enqueue((item, printer.PrintAsync(await prepare(item), ct)));
                if (inFlight.Count >= window) await CompleteOldestAsync();
            }
            while (inFlight.Count > 0) await CompleteOldestAsync();
        }
        finally
        {
            // After a failure, let the documents still printing finish or fail before the caller moves on.
            foreach (var (_, pdf) in inFlight)
            {
                try { await pdf; }
                catch (Exception) { /* the first failure is the one reported */ }
            }
        }

        async Task CompleteOldestAsync()
        {
            var (item, pdf) = inFlight.Peek();
            var bytes = await pdf;
            inFlight.Dequeue();
            await printed(item, bytes);
        }
    }
}
