using System.Globalization;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Simulation;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.IntegrationTests.Invoices;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Tests.Property;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// A cluster and registry of a fault scenario's own, the pipeline as <c>finance-streams run</c> processes, the
/// simulator producing, and the final judgement: every output equals the independent batch computation over
/// what the source topics hold at the end (<see cref="SourceSnapshot"/>, the property tests' oracles), and no
/// posting command id was written with two contents. Under exactly-once on a real broker no id may be written
/// twice at all; under at-least-once (and on the local broker, which shows aborted records) a replayed batch
/// writes the same command again, which the idempotent ERP drops by id (domain.md §7).
/// </summary>
internal sealed class PipelineScenario : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly ITestOutputHelper _log;
    private readonly SchemaRegistryServer _registry;
    private readonly ContractSerdes _serdes;
    private readonly List<PipelineInstance> _instances = [];
    private readonly PipelineOutputs _outputs;
    private readonly CancellationTokenSource _stopFollowing = new();
    private readonly Task _following;
    private int _started;

    private PipelineScenario(ITestOutputHelper log, KafkaCluster cluster, SchemaRegistryServer registry, bool budgetOnly)
    {
        _log = log;
        Cluster = cluster;
        BudgetOnly = budgetOnly;
        _registry = registry;
        _serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        Guarantee = cluster.Kind == "local" ? FinanceStreams.Host.Cli.Guarantee.AtLeastOnce : FinanceStreams.Host.Cli.Guarantee.ExactlyOnceV2;
        _outputs = new PipelineOutputs(cluster.BootstrapServers, _serdes);
        _following = _outputs.FollowAsync(_stopFollowing.Token);
    }

    public KafkaCluster Cluster { get; }

    /// <summary>True when the instances run the budget topology only, and only the budget is judged.</summary>
    public bool BudgetOnly { get; }

    /// <summary>At-least-once on the local broker (it cannot isolate transactions); exactly-once on a real one.</summary>
    public FinanceStreams.Host.Cli.Guarantee Guarantee { get; }

    /// <summary>Every instance started so far, the ended ones included.</summary>
    public IReadOnlyList<PipelineInstance> Instances => _instances;

    /// <summary>
    /// Starts a cluster (a local broker of its own when <paramref name="localBroker"/>), a registry and the catalog's
    /// topics; with <paramref name="budgetOnly"/>, instances run (and the judgement covers) the budget topology alone.
    /// </summary>
    public static async Task<PipelineScenario> StartAsync(ITestOutputHelper log, bool localBroker = false, bool budgetOnly = false)
    {
        var cluster = localBroker ? await KafkaCluster.StartLocalAsync() : await KafkaCluster.StartAsync();
        var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("faults-reg-").FullName));
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        log.WriteLine($"cluster {cluster.Kind} {cluster.BootstrapServers}");
        return new PipelineScenario(log, cluster, registry, budgetOnly);
    }

    /// <summary>Starts an instance (with <paramref name="stateDirectory"/>: the state a killed one left) and waits until it started.</summary>
    public async Task<PipelineInstance> StartInstanceAsync(string? stateDirectory = null)
    {
        var name = $"instance-{++_started}";
        var state = stateDirectory ?? Directory.CreateTempSubdirectory("faults-state-").FullName;
        var process = CliProcess.Start(
            CrashDumps(),
            ["run", .. Cluster.CliArgs, "--schema-registry-url", _registry.Url.ToString(), "--http-port", "0", "--state-dir", state, "--guarantee", Guarantee.ToString(), .. (string[])(BudgetOnly ? ["--topology", "budget"] : [])]);
        var instance = new PipelineInstance(name, process, state, BudgetOnly ? "budget" : "invoices");
        _instances.Add(instance);
        await instance.WaitUntilStartedAsync(StartTimeout);
        Log($"{name} started{(stateDirectory is null ? "" : " on the state its predecessor left")}");
        return instance;
    }

    /// <summary>Produces the simulated CDC at the profile's rate (in the background for the caller to await).</summary>
    public Task<SimulationSummary> SimulateAsync(SimulationOptions options) =>
        Task.Run(() => SimulationRunner.RunAsync(Cluster.BootstrapServers, new CdcSimulator(options).Events(), options.Rate, TextWriter.Null, CancellationToken.None));

    /// <summary>Takes broker <paramref name="broker"/> (-1: every broker) of the local cluster down or up.</summary>
    public async Task SetBrokerAsync(int broker, bool up)
    {
        var control = Cluster.DevBrokerControlUrl ?? throw new InvalidOperationException("Broker faults need the local broker's control endpoint.");
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(control, $"brokers/{broker.ToString(CultureInfo.InvariantCulture)}/{(up ? "up" : "down")}"), null);
        response.EnsureSuccessStatusCode();
        Log($"broker {(broker < 0 ? "all" : broker.ToString(CultureInfo.InvariantCulture))} {(up ? "up" : "down")}");
    }

    /// <summary>
    /// Null when every output agrees with the batch computation over the source topics within
    /// <paramref name="timeout"/>; otherwise what differs (or which instance failed, with its output).
    /// </summary>
    public async Task<string?> AgreementAsync(TimeSpan timeout)
    {
        var snapshot = SourceSnapshot.Read(Cluster.BootstrapServers, _serdes);
        var buckets = BudgetOracle.Compute(snapshot.Budget);
        var invoices = InvoiceOracle.Compute(snapshot.Invoices, snapshot.StreamTime);
        var copiesAllowed = Guarantee != FinanceStreams.Host.Cli.Guarantee.ExactlyOnceV2;
        Log($"batch computation over {snapshot.Records} change records: {buckets.Count} buckets, {invoices.Invoices.Count} invoices, {invoices.Invoices.Values.Count(i => i.Postable)} to post");
        await _stopFollowing.CancelAsync();
        await _following;
        var failure = await _outputs.AwaitAsync(
            o => BudgetHistory.Compare(buckets, o.Buckets) ?? (BudgetOnly ? null : InvoiceAgreement.Compare(invoices, o.Statuses, o.Commands) ?? InvoiceAgreement.RepeatedCommand(o.Commands, copiesAllowed)),
            timeout,
            Log,
            Failed);
        var copies = _outputs.Commands.Count - _outputs.Commands.Select(c => c.Command.command_id).Distinct().Count();
        Log($"outputs read: {_outputs.Buckets.Count} buckets, {_outputs.Statuses.Count} invoice statuses, {_outputs.Commands.Count} command records ({copies} replayed copies)");
        Dump();

        return failure;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopFollowing.CancelAsync();
        await _following;
        _outputs.Dispose();
        _stopFollowing.Dispose();
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _serdes.Dispose();
        await _registry.DisposeAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>With <c>FINANCE_STREAMS_FAULT_DUMP</c> set to a directory: every topic and every instance's output, to read a run (a failed one) afterwards.</summary>
    private void Dump()
    {
        if (Environment.GetEnvironmentVariable("FINANCE_STREAMS_FAULT_DUMP") is not { Length: > 0 } root)
        {
            return;
        }

        var directory = Path.Combine(root, DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        TopicDump.Write(Cluster.BootstrapServers, directory);
        foreach (var instance in _instances)
        {
            File.WriteAllText(Path.Combine(directory, instance.Name + ".log"), instance.Output);
        }

        Log($"topics and instance outputs written to {directory}");
    }

    /// <summary>With <c>FINANCE_STREAMS_FAULT_DUMP</c> set, an instance that crashes writes a .NET crash dump there.</summary>
    private static Dictionary<string, string> CrashDumps() =>
        Environment.GetEnvironmentVariable("FINANCE_STREAMS_FAULT_DUMP") is { Length: > 0 } root
            ? new() { ["DOTNET_DbgEnableMiniDump"] = "1", ["DOTNET_DbgMiniDumpType"] = "2", ["DOTNET_DbgMiniDumpName"] = Path.Combine(root, "crash-%p.dmp") }
            : [];

    private string? Failed() =>
        _instances.FirstOrDefault(i => i.HasFailed) is { } failed ? $"{failed.Name} exited on its own (exit code {failed.ExitCode}); its last lines:\n{failed.Tail()}" : null;

    private void Log(string line) => _log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}");
}
