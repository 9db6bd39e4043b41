namespace Regulator.Bench.Documents;

/// <summary>What the benchmark's jobs printed so far: documents, pages and bytes. Thread-safe; one per benchmark run.</summary>
public sealed class PdfBenchmarkTally
{
    private long _documents, _pages, _bytes;

    public long Documents => Interlocked.Read(ref _documents);
    public long Pages => Interlocked.Read(ref _pages);
    public long Bytes => Interlocked.Read(ref _bytes);

    public void Add(int pages, int bytes)
    {
        Interlocked.Add(ref _pages, pages);
        Interlocked.Add(ref _bytes, bytes);
        // Last, so a reader that sees the document counted sees its pages too.
        Interlocked.Increment(ref _documents);
    }
}
