namespace FinanceStreams.Topologies.Dataflow;

/// <summary>Node names of topologies.</summary>
public static class Names
{
    /// <summary>The name stem of a CDC topic: <c>erp.public.supplier_invoices</c> → <c>erp-supplier-invoices</c>.</summary>
    public static string Of(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.Replace("public.", string.Empty, StringComparison.Ordinal).Replace('.', '-').Replace('_', '-');
    }
}
