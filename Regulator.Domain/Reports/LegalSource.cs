namespace Regulator.Domain.Reports;

/// <summary>The regulation a report category comes from (see shared/seeds).</summary>
public enum LegalSource
{
    /// <summary>MCT, Opinions on Strengthening the Protection of Minors in the Online Cultural Market (办市场发〔2021〕211号); articles are its numbered points.</summary>
    MctMinorsOpinions = 1,

    /// <summary>CAC, Measures on the Administration of Internet Live-streaming Services (2016).</summary>
    CacLiveStreamingMeasures = 2,
}
