namespace Regulator.Domain.Credit;

/// <summary>A credit repair (信用修复) application's state on its designation.</summary>
public enum RepairState
{
    Pending = 1,
    Granted = 2,
    Refused = 3,
}
