using Regulator.Domain.Scoping;

namespace Regulator.Domain.Credit;

/// <summary>One line of a subject's grade history: written whenever its grade or score changes, with the model version and why.</summary>
public class CreditGradeChange : IProvinceOwned
{
    public long Id { get; set; }
    public long SubjectId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public DateTime ChangedUtc { get; set; }
    public CreditGrade? FromGrade { get; set; }
    public CreditGrade ToGrade { get; set; }
    public int? FromScore { get; set; }
    public int ToScore { get; set; }
    public int ModelVersion { get; set; }

    /// <summary>E.g. "新事实：查证属实的举报案件 #12", "评级模型第 2 版发布：…", "事实到期".</summary>
    public string Reason { get; set; } = "";
}
