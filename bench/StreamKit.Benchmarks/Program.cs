using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace StreamKit.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen with <c>--filter</c> (BenchmarkDotNet's command line). The default job is
/// short (1 launch, 1 warmup, 3 iterations of 250 ms) so that <c>--filter '*'</c> suits a CI-like run;
/// pass <c>--job default</c> (or <c>short</c>, <c>medium</c>, <c>long</c>) for more careful numbers.
/// Results go to <c>--artifacts</c> (default <c>./BenchmarkDotNet.Artifacts</c>), with a brief JSON report.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var quick = Job.Default
            .WithId("Quick")
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .AsDefault();

        var config = DefaultConfig.Instance
            .AddJob(quick)
            .AddExporter(JsonExporter.Brief);

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
