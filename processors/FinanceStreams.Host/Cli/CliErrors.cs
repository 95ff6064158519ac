using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary>Runs the command line and turns expected failures into one clear line and exit code 2.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await CommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PreflightException or ArgumentException or FileNotFoundException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (Confluent.Kafka.KafkaException e)
        {
            await Console.Error.WriteLineAsync($"error: the Kafka cluster refused or did not answer: {e.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
