using Regulator.Domain.Credit;

namespace Regulator.Web.Credit;

/// <summary>Rated publishers (<c>/credit</c>, export <c>/export/credit-publishers.xlsx</c>): names as filed, numbers masked.</summary>
public sealed class CreditPublisherList : CreditSubjectList
{
    public override string Name => "credit-publishers";

    protected override CreditSubjectKind Kind => CreditSubjectKind.Publisher;
}
