namespace Regulator.Domain.Common;

/// <summary>The two agencies that share the portal; every record carries the one that owns it.</summary>
public enum Agency
{
    /// <summary>网信: cyberspace administration (CAC live-streaming measures).</summary>
    Cyberspace = 1,

    /// <summary>文旅: culture and tourism (MCT opinions on the online cultural market).</summary>
    CultureTourism = 2,
}
