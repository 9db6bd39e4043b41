namespace Regulator.Domain.Credit;

/// <summary>
/// A version of the rating model, owned by the national administrator: points and duration per fact kind and
/// severity (<see cref="Rules"/>), the base score, the grade thresholds and how a platform's publishers weigh on it.
/// A score is <c>BaseScore + Σ points of the facts counting</c> (+ the publishers' part for a platform); the grade is A
/// from <see cref="ThresholdA"/>, B from <see cref="ThresholdB"/>, C from <see cref="ThresholdC"/>, D below. Drafts are
/// previewed and then published; publishing re-grades every subject. Published versions are never edited.
/// </summary>
public class CreditRatingModel
{
    public int Id { get; set; }

    /// <summary>1, 2, 3…: shown with every grade.</summary>
    public int Version { get; set; }

    public CreditModelState State { get; set; }
    public int BaseScore { get; set; } = 100;
    public int ThresholdA { get; set; } = 95;
    public int ThresholdB { get; set; } = 80;
    public int ThresholdC { get; set; } = 60;

    /// <summary>
    /// Points a platform loses when all of its filed publishers are graded C or D; a share of them costs that share,
    /// rounded toward zero (e.g. 40 points and 10 % of publishers at C/D → −4). Keeps a platform answerable for whom it lets broadcast.
    /// </summary>
    public int PlatformPublisherPenalty { get; set; } = 40;

    /// <summary>The clean-period positive fact: granted after this many days without a negative fact.</summary>
    public int CleanPeriodDays { get; set; } = 365;

    public string Notes { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Why it was published, as recorded with the re-grading.</summary>
    public string? PublishReason { get; set; }

    public List<CreditRule> Rules { get; set; } = [];

    /// <summary>The grade a score earns, before any designation cap.</summary>
    public CreditGrade GradeFor(int score) =>
        score >= ThresholdA ? CreditGrade.A : score >= ThresholdB ? CreditGrade.B : score >= ThresholdC ? CreditGrade.C : CreditGrade.D;

    public CreditRule? RuleFor(CreditFactKind kind, CreditSeverity severity) =>
        Rules.FirstOrDefault(r => r.Kind == kind && r.Severity == severity);
}
