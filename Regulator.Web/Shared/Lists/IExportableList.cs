using Microsoft.Extensions.Localization;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Shared.Lists;

/// <summary>A list the export endpoint can write whole; implemented once by <see cref="ListDefinition{TRow}"/>.</summary>
public interface IExportableList
{
    /// <summary>The list's name in the export address <c>/export/{Name}.xlsx</c>: lower case, letters and dashes.</summary>
    string Name { get; }

    /// <summary>An authorization policy the reader must meet beyond being staff, or null.</summary>
    string? Policy { get; }

    /// <summary>Column titles in the reader's language.</summary>
    IReadOnlyList<string> Titles(IStringLocalizerFactory localizers);

    /// <summary>The rows matching <paramref name="state"/>'s filters, in its order, at most <paramref name="limit"/>, batch by batch.</summary>
    IAsyncEnumerable<object?[]> RowsAsync(ListState state, RegulatorDbContext db, IStringLocalizerFactory localizers, int limit, CancellationToken ct);
}
