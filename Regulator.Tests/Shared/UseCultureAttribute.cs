using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace Regulator.Tests.Shared;

/// <summary>Runs a test under a given UI culture, so localized text does not depend on the machine's locale.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class UseCultureAttribute(string name) : BeforeAfterTestAttribute
{
    private CultureInfo? _culture, _uiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _culture!;
        CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
