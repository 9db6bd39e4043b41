using System.Security.Claims;
using Regulator.Domain.Identity;
using Regulator.Domain.Scoping;

namespace Regulator.Web.Identity;

/// <summary>
/// The actor behind the current request or interactive circuit, read from the authenticated principal that the
/// province filter of <c>RegulatorDbContext</c> trusts. In an HTTP request (an API call, a static page, the first
/// render of an interactive page) that is <c>HttpContext.User</c>. Inside a circuit there is no reliable
/// HttpContext: <see cref="ActorCircuitHandler"/> hands the circuit's <c>AuthenticationState</c> to
/// <see cref="UseCircuitUser"/> before any component renders and again whenever revalidation changes it, and from
/// then on HttpContext is never consulted. A principal without a province claim is treated as national only if it
/// also holds a national role, so a malformed, half-issued or revalidated-away principal fails closed: it sees no
/// province's records. Only a scope with neither a request nor a circuit (background jobs) is the system.
/// </summary>
public sealed class PortalActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private bool _inCircuit;
    private ClaimsPrincipal _circuitUser = new();
    private string? _circuitIp;

    /// <summary>True once this scope belongs to an interactive circuit (or an operation started from one).</summary>
    public bool InCircuit => _inCircuit;

    /// <summary>The principal this actor reads; anonymous when nobody is signed in.</summary>
    public ClaimsPrincipal? User => _inCircuit ? _circuitUser : accessor.HttpContext?.User;

    /// <summary>
    /// Binds this scope to a circuit's user. Called by the circuit handler on open and on every authentication
    /// change, and by <see cref="PortalOperations"/> to carry the circuit's user into a short-lived operation scope.
    /// </summary>
    public void UseCircuitUser(ClaimsPrincipal user, string? ipAddress)
    {
        _inCircuit = true;
        _circuitUser = user;
        _circuitIp = ipAddress;
    }

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
    public string? IpAddress => _inCircuit ? _circuitIp : accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
    public string? ProvinceCode => User?.FindFirstValue(RegulatorClaims.Province);

    public int? PlatformId => int.TryParse(User?.FindFirstValue(RegulatorClaims.PlatformId), out var id) ? id : null;

    /// <summary>The domain's actor for this request or circuit; the system for background work (see <see cref="IsSystem"/>).</summary>
    public Actor Actor => IsSystem ? Actor.System : PortalActors.Of(User);

    public bool IsNational => Actor.IsNational;

    // Background work outside a request or circuit runs as the system.
    private bool IsSystem => !_inCircuit && accessor.HttpContext is null;
}
