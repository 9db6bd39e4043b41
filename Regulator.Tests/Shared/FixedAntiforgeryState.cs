using Microsoft.AspNetCore.Components.Forms;

namespace Regulator.Tests.Shared;

/// <summary>Stands in for the per-request antiforgery token that <c>&lt;AntiforgeryToken /&gt;</c> renders.</summary>
public sealed class FixedAntiforgeryState : AntiforgeryStateProvider
{
    public const string FieldName = "__RequestVerificationToken";
    public const string Token = "test-antiforgery-token";

    public override AntiforgeryRequestToken GetAntiforgeryToken() => new(Token, FieldName);
}
