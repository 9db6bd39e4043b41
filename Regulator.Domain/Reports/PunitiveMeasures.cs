namespace Regulator.Domain.Reports;

/// <summary>The measures CAC Art. 14 names, taken against the reported account when a case is substantiated.</summary>
[Flags]
public enum PunitiveMeasures
{
    None = 0,

    /// <summary>警示.</summary>
    Warning = 1,

    /// <summary>暂停发布.</summary>
    Suspension = 2,

    /// <summary>关闭账号.</summary>
    AccountClosure = 4,
}
