using System.CommandLine;
using FinanceStreams.Host.Bench;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams bench</c>, what <c>make bench</c> calls: one run of the pipeline benchmark on the local broker.</summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var cases = new Option<int>("--cases") { Description = "Simulated business cases (about 7 CDC events each).", DefaultValueFactory = _ => 3000 };
        var latency = new Option<int>("--latency-seconds") { Description = "How long to offer load for the latency measurement.", DefaultValueFactory = _ => 20 };
        var output = new Option<string>("--out") { Description = "Where to write the figures (JSON).", DefaultValueFactory = _ => Path.Combine("bench", "results.json") };
        var readme = new Option<string?>("--readme") { Description = "A README whose <!-- bench:start --> ... <!-- bench:end --> section gets the results." };
        var budgetOnly = new Option<bool>("--budget-only") { Description = "Measure the baseline and the budget topology only; print, write nothing." };
        var command = new Command("bench", "Benchmark the pipeline against a plain consume-produce baseline on the local broker; write the figures.") { cases, latency, output, readme, budgetOnly };
        command.SetAction(async (result, cancel) =>
        {
            if (result.GetValue(cases) < 10 || result.GetValue(latency) < 5)
            {
                throw new PreflightException("--cases must be at least 10 and --latency-seconds at least 5.");
            }

            Console.WriteLine("== starting the local broker and schema registry (own processes) ==");
            using var stack = await LocalStack.StartAsync("bench", cancel).ConfigureAwait(false);
            var results = await new PipelineBench(stack, result.GetValue(cases), TimeSpan.FromSeconds(result.GetValue(latency)), Console.Out, result.GetValue(budgetOnly)).RunAsync(cancel).ConfigureAwait(false);
            if (results is null)
            {
                return 0;
            }

            results.Write(result.GetValue(output)!);
            if (result.GetValue(readme) is { Length: > 0 } file)
            {
                results.UpdateReadme(file);
            }

            Console.WriteLine();
            Console.Write(results.Markdown());
            Console.WriteLine($"figures in {Path.GetFullPath(result.GetValue(output)!)}");
            return 0;
        });
        return command;
    }
}
