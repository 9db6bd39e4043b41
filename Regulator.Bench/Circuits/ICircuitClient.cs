namespace Regulator.Bench.Circuits;

/// <summary>
/// What opens the benchmark's tabs, signed in as one user: <see cref="ProtocolClient"/> (the default, the portal alone)
/// or <see cref="ChromiumClient"/> (the whole experience, the browser's own time included).
/// </summary>
public interface ICircuitClient : IAsyncDisposable
{
    /// <summary>What the tabs are, for the report ("pages of one headless Chromium").</summary>
    string Kind { get; }

    /// <summary>A new tab, not yet showing a page.</summary>
    Task<ICircuitTab> OpenTabAsync();
}
