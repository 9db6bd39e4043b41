using Microsoft.Extensions.Logging;

namespace Regulator.Bench.Circuits;

/// <summary>Tabs that speak the circuit protocol (<see cref="ProtocolCircuit"/>), sharing one sign-in.</summary>
public sealed class ProtocolClient : ICircuitClient
{
    private readonly ProtocolSession _session;
    private readonly TimeSpan _stepTimeout;

    // Warnings only: a message the client cannot bind (a server call it does not know) is worth seeing.
    private readonly ILoggerFactory _logs = LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));

    private ProtocolClient(ProtocolSession session, TimeSpan stepTimeout)
    {
        _session = session;
        _stepTimeout = stepTimeout;
    }

    public string Kind => "circuit-protocol clients (no browser)";

    /// <summary>Signs <paramref name="user"/> in with the demo password at <paramref name="url"/>; throws if refused.</summary>
    public static async Task<ProtocolClient> SignInAsync(string url, string user, TimeSpan stepTimeout) =>
        new(await ProtocolSession.SignInAsync(url, user, Regulator.Domain.Seeding.DemoUsers.Password), stepTimeout);

    public Task<ICircuitTab> OpenTabAsync() => Task.FromResult<ICircuitTab>(new ProtocolCircuit(_session, _stepTimeout, _logs));

    public ValueTask DisposeAsync()
    {
        _logs.Dispose();
        _session.Dispose();
        return ValueTask.CompletedTask;
    }
}
