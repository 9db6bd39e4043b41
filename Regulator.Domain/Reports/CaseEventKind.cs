namespace Regulator.Domain.Reports;

/// <summary>The steps of a case's timeline. Each report's arrival is on the timeline too, read from the report itself.</summary>
public enum CaseEventKind
{
    Opened = 1,
    RoutedToProvince = 2,
    Recategorized = 3,
    Assigned = 4,
    Closed = 5,
}
