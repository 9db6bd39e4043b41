using Regulator.Domain.Credit;

namespace Regulator.Web.Credit.Documents;

/// <summary>What a notice (告知书) or a decision (决定书) of the untrustworthy-entity procedure prints.</summary>
public sealed record DesignationDocumentModel(
    bool IsDecision,
    string IssuingOffice,
    string DocumentNumber,
    UntrustworthyDesignation Designation,
    CreditSubject Subject,
    UntrustworthyCriterion Criterion,
    IReadOnlyList<CreditFact> Facts,
    int DefenceWorkingDays,
    DateOnly IssuedOn);
