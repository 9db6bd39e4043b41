namespace Regulator.Web.Shared;

/// <summary>What a status means, not how it looks: <see cref="StatusChip"/> maps it to the theme's colours.</summary>
public enum BadgeKind { Neutral, Info, Success, Warning, Danger }
