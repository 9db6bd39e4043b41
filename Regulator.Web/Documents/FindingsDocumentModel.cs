using Regulator.Domain.Inspections;
using Regulator.Domain.Platforms;

namespace Regulator.Web.Documents;

/// <summary>Everything a findings document prints: the issuing office, the platform with its licences, the findings with their evidence.</summary>
public sealed record FindingsDocumentModel(
    string IssuingOffice,
    string DocumentNumber,
    Platform Platform,
    DateOnly InspectedOn,
    DateOnly IssuedOn,
    IReadOnlyList<Finding> Findings);
