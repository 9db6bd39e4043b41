using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The SQL commands EF Core runs in this process (the in-process portals included) that read the table named
/// <c>table</c> and carry a parameter equal to <c>marker</c>, e.g. a platform id only one test uses, so tests running at
/// once do not count each other's reads. Listens to EF's diagnostic events (the same ones its logging reads) until disposed.
/// </summary>
public sealed class SqlCommandCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly object _marker;
    private readonly string _table;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];

    public SqlCommandCounter(string table, object marker)
    {
        _table = '"' + table + '"';
        _marker = marker;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The text of every matching command run so far, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>How many matching commands counted rows (<c>COUNT(</c>).</summary>
    public int Counts => Commands.Count(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Value is CommandExecutedEventData { Command: var command } && Carries(command)) _commands.Enqueue(command.CommandText);
    }

    private bool Carries(DbCommand command) =>
        command.CommandText.Contains(_table, StringComparison.Ordinal) && command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, _marker));

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions) subscription.Dispose();
            _subscriptions.Clear();
        }
    }
}
