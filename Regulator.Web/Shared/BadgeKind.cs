namespace Regulator.Web.Shared;

/// <summary>What a status means, not how it looks: <see cref="StatusBadge"/> maps it to colours.</summary>
public enum BadgeKind { Neutral, Info, Success, Warning, Danger }
