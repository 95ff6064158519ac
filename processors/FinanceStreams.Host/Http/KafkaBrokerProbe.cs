using Confluent.Kafka;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Asks the cluster for its metadata every <see cref="Interval"/>; reachable while the last answer is more recent than
/// <see cref="StaleAfter"/> (so an instance whose brokers died stops being ready within about 15 s).
/// </summary>
public sealed class KafkaBrokerProbe : IBrokerProbe, IDisposable
{
    private readonly Func<bool> _probe;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private long _lastAnswerTicks;
    private int _running;

    private readonly IDisposable? _owned;

    /// <summary>A probe of the cluster at <paramref name="bootstrapServers"/>.</summary>
    public KafkaBrokerProbe(string bootstrapServers, TimeProvider time)
        : this(Admin(bootstrapServers), time)
    {
    }

    private KafkaBrokerProbe(IAdminClient admin, TimeProvider time)
        : this(() => Answers(admin), time)
    {
        _owned = admin;
    }

    /// <summary>A probe that asks <paramref name="probe"/> (true: a broker answered).</summary>
    public KafkaBrokerProbe(Func<bool> probe, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(time);
        (_probe, _time) = (probe, time);
        _lastAnswerTicks = time.GetUtcNow().UtcTicks; // the run command's preflight reached the cluster just before
        _timer = time.CreateTimer(_ => Probe(), null, TimeSpan.Zero, Interval);
    }

    /// <summary>Time between probes.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Age of the last answer beyond which the cluster counts as lost.</summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromSeconds(15);

    /// <inheritdoc/>
    public bool IsReachable => _time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastAnswerTicks) <= StaleAfter.Ticks;

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer.Dispose();
        _owned?.Dispose();
    }

    private void Probe()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        try
        {
            if (_probe())
            {
                Interlocked.Exchange(ref _lastAnswerTicks, _time.GetUtcNow().UtcTicks);
            }
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }
    }

    private static IAdminClient Admin(string bootstrapServers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        return new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers, ClientId = "finance-streams-http-probe" }).SetLogHandler((_, _) => { }).Build();
    }

    private static bool Answers(IAdminClient admin)
    {
        try
        {
            return admin.GetMetadata(TimeSpan.FromSeconds(3)).Brokers.Count > 0;
        }
        catch (KafkaException)
        {
            return false;
        }
    }
}
