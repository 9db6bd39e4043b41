namespace Regulator.Domain.Seeding;

/// <summary>A clock stopped at a chosen moment, so demo records can be filed "in the past" through the real services.</summary>
public sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
