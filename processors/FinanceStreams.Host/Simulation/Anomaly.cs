namespace FinanceStreams.Host.Simulation;

/// <summary>What the simulator can inject into a business case, so every rule of the pipeline has something to find.</summary>
internal enum Anomaly
{
    /// <summary>A second invoice whose number only differs in format (same normalized number), received a day later.</summary>
    ExactDuplicate,

    /// <summary>A second invoice with another number, 0.5% less gross, dated two days later.</summary>
    SuspectedDuplicate,

    /// <summary>The invoice header's change event delivered again with the same lsn (a technical replay).</summary>
    CdcReplay,

    /// <summary>The goods receipt arrives a day after the invoice.</summary>
    LateReceipt,

    /// <summary>The invoice charges 10% more than the PO price.</summary>
    PriceVariance,

    /// <summary>A requisition for twice the cost center's monthly budget.</summary>
    OverBudgetRequisition,

    /// <summary>Documents in GBP, a currency without any FX rate.</summary>
    MissingFxRate,

    /// <summary>The PO and invoice of a blocked supplier.</summary>
    BlockedSupplier,
}
