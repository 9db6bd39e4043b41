namespace Regulator.Tests.Jobs;

/// <summary>A job that always throws, standing for a job whose data source is down.</summary>
public sealed class FailingJob
{
    public const string Message = "测试故障：数据源不可用";

    public void Run() => throw new InvalidOperationException(Message);
}
