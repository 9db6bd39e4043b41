namespace Regulator.Domain.Blacklist;

/// <summary>
/// How the domain's own texts — intake reasons sent to platforms, inspection evidence — name a severity; pages word
/// it from their resources instead.
/// </summary>
public static class BlacklistSeverityWords
{
    public static (string Zh, string En) Of(BlacklistSeverity severity) => severity switch
    {
        BlacklistSeverity.Warning => ("警示", "warning"),
        BlacklistSeverity.TimedBan => ("限期禁入", "timed ban"),
        _ => ("永久禁入", "permanent ban"),
    };
}
