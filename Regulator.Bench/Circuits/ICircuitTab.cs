namespace Regulator.Bench.Circuits;

/// <summary>One person's tab on the filings list, holding one circuit while its page is open.</summary>
public interface ICircuitTab : IAsyncDisposable
{
    /// <summary>Opens the list as a new page (a new circuit): milliseconds until its rows were shown, and until the circuit was live.</summary>
    Task<(double Rows, double Live)> FirstRenderAsync();

    /// <summary>Flips the list's order with the sortable header: milliseconds until other rows were shown.</summary>
    Task<double> SortAsync();
}
