namespace Regulator.Domain.Inspections;

/// <summary>How far an inspection has got: platforms done out of all, and the one just finished.</summary>
public sealed record InspectionProgress(int Done, int Total, string PlatformName)
{
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;
}
