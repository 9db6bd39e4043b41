namespace Regulator.Domain.Credit;

/// <summary>One line of a model preview: in a province, how many subjects of a kind would go up, down, or stay, by grade.</summary>
public sealed class CreditGradeShift
{
    public string ProvinceCode { get; set; } = "";
    public int Kind { get; set; }
    public int Subjects { get; set; }
    public int Upgraded { get; set; }
    public int Downgraded { get; set; }
    public int NowA { get; set; }
    public int NowB { get; set; }
    public int NowC { get; set; }
    public int NowD { get; set; }
}
