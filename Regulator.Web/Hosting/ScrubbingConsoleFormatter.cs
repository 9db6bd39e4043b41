using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Regulator.Domain.Protection;

namespace Regulator.Web;

/// <summary>
/// The portal's console log format: one line per entry, <c>level: category[event] message</c>, then the exception.
/// The message and the exception text are passed through <see cref="IdentityScrubber"/>, since framework messages
/// quote paths, query strings and JSON member names a client chose, and exceptions quote values.
/// </summary>
public sealed class ScrubbingConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "regulator";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null) return;
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        textWriter.Write("      ");
        textWriter.WriteLine(IdentityScrubber.Scrub(message));
        if (logEntry.Exception is { } e) textWriter.WriteLine(IdentityScrubber.Scrub(e.ToString()));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
