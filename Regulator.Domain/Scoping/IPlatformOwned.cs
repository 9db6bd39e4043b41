namespace Regulator.Domain.Scoping;

/// <summary>A record a platform submitted. A platform's API client sees only its own; staff are scoped by province instead.</summary>
public interface IPlatformOwned
{
    int PlatformId { get; }
}
