namespace Regulator.Web.Jobs;

/// <summary>Anchor for the jobs, inspections and documents resource files (Resources/Jobs/JobsText*.resx).</summary>
public sealed class JobsText;
