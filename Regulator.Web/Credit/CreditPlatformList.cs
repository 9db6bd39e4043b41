using Regulator.Domain.Credit;

namespace Regulator.Web.Credit;

/// <summary>Rated platforms (<c>/credit/platforms</c>, export <c>/export/credit-platforms.xlsx</c>), with their unified social credit codes.</summary>
public sealed class CreditPlatformList : CreditSubjectList
{
    public override string Name => "credit-platforms";

    protected override CreditSubjectKind Kind => CreditSubjectKind.Platform;
}
