namespace Regulator.Domain.Credit;

/// <summary>A rating model version's life: drafted and previewed, then published (the one in force), then retired by the next.</summary>
public enum CreditModelState
{
    Draft = 1,
    Published = 2,
    Retired = 3,
}
