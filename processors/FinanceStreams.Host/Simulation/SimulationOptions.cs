namespace FinanceStreams.Host.Simulation;

/// <summary>What the CDC simulator produces.</summary>
/// <param name="Cases">Business cases (requisition → PO → receipt → invoice → ERP acknowledgement).</param>
/// <param name="Rate">Events per second; 0 produces as fast as the broker takes them.</param>
/// <param name="CostCenters">Number of cost centers.</param>
/// <param name="Suppliers">Number of (active) suppliers.</param>
/// <param name="AnomalyRate">Share of cases (0..1) with one injected anomaly.</param>
/// <param name="Seed">Seed of the random choices; the same options produce the same events.</param>
/// <param name="FirstCase">Number of the first case, so a second run can add new documents after a first.</param>
internal sealed record SimulationOptions(int Cases = 200, double Rate = 200, int CostCenters = 5, int Suppliers = 10, double AnomalyRate = 0.25, int Seed = 1, int FirstCase = 1)
{
    /// <summary>These options, or an <see cref="ArgumentException"/> naming every value out of range.</summary>
    public SimulationOptions Validated()
    {
        var errors = new List<string>();
        Check(Cases is >= 1 and <= 10_000_000, "--cases must be between 1 and 10,000,000");
        Check(Rate >= 0 && double.IsFinite(Rate), "--rate must be 0 (unlimited) or a positive number of events per second");
        Check(CostCenters is >= 1 and <= 10_000, "--cost-centers must be between 1 and 10,000");
        Check(Suppliers is >= 1 and <= 100_000, "--suppliers must be between 1 and 100,000");
        Check(AnomalyRate is >= 0 and <= 1, "--anomaly-rate must be between 0 and 1");
        Check(FirstCase is >= 1 and <= 100_000_000, "--first-case must be between 1 and 100,000,000");
        return errors.Count == 0 ? this : throw new ArgumentException(string.Join("; ", errors) + ".");

        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }
    }
}
