namespace Regulator.Domain.Dashboards;

/// <summary>The task column of the spot-check plan list whose total a spot-check figure is (<see cref="SpotChecks.SpotCheckPlanSearch.Row"/>).</summary>
public enum DashboardTaskColumn
{
    /// <summary>Tasks of the plan's draw in force (cancelled ones not counted).</summary>
    Tasks,

    /// <summary>Of those, tasks closed.</summary>
    ClosedTasks,

    /// <summary>Of those, tasks whose results found a problem.</summary>
    TasksWithProblems,
}
