using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// Hangfire's log provider is process-wide (static), while each portal has its own logger factory. Several portals
/// in one process (the tests) each set theirs; once one has stopped, its factory is disposed, and a component created
/// later must not fail for that: it gets a logger that writes nothing.
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new NoOpLogger();
        }
    }

    private sealed class NoOpLogger : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception) => false;
    }
}
