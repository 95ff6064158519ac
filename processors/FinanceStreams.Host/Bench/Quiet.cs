namespace FinanceStreams.Host.Bench;

/// <summary>Waiting for something the bench watches to stop changing.</summary>
internal static class Quiet
{
    /// <summary>Returns once <paramref name="probe"/> reads the same before and after a wait of <paramref name="quiet"/>.</summary>
    public static async Task UntilUnchangedAsync<T>(Func<T> probe, TimeSpan quiet, CancellationToken cancel)
    {
        T seen;
        do
        {
            seen = probe();
            await Task.Delay(quiet, cancel).ConfigureAwait(false);
        }
        while (!EqualityComparer<T>.Default.Equals(probe(), seen));
    }
}
