using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Inspections;

/// <summary>What a rule is given: the platform (with its licences), the day it is inspected on, and the data to read.</summary>
public sealed record PlatformUnderInspection(Platform Platform, DateOnly Today, DateTime NowUtc, RegulatorDbContext Db, InspectionOptions Options);
