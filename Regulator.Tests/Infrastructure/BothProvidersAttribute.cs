using System.Reflection;
using Xunit.Sdk;

namespace Regulator.Tests.Infrastructure;

/// <summary>Runs a theory once on SQLite and once on PostgreSQL: the portal must behave the same on both.</summary>
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(p => new object[] { p });
}
