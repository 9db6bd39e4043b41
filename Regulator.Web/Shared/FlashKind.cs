namespace Regulator.Web.Shared;

public enum FlashKind { Success, Info, Warning, Danger }
