namespace FinanceStreams.Contracts.Tests.Cdc;

/// <summary>Debezium JSON for erp.public.supplier_invoices, with the parts under test replaceable.</summary>
internal static class InvoiceJson
{
    public const long EventTimeMs = 1773568800000; // 2026-03-15T10:00:00Z

    public static string Row(string amount = "\"1234.50\"", string date = "\"2026-03-15\"", string receivedAt = "\"2026-03-15T10:00:00Z\"", string status = "\"RECEIVED\"", bool withCurrency = true) =>
        $$"""
        {"invoice_id":"INV-1","supplier_id":"S-1","supplier_invoice_number":"inv-0042","company_code":"1000",
         "invoice_date":{{date}},{{(withCurrency ? "\"currency\":\"EUR\"," : string.Empty)}}"net_amount":{{amount}},"tax_amount":"0.00",
         "gross_amount":{{amount}},"po_id":null,"status":{{status}},"received_at":{{receivedAt}}}
        """;

    public static string Envelope(string? before, string? after, string op = "c", string sourceName = "\"name\"") =>
        $$"""
        {"before":{{before ?? "null"}},"after":{{after ?? "null"}},
         "source":{"version":"2.7.0","connector":"postgresql",{{sourceName}}:"erp","db":"erp","table":"supplier_invoices","lsn":42,"ts_ms":{{EventTimeMs}},"snapshot":null},
         "op":"{{op}}","ts_ms":1773568801000,"transaction":null}
        """;

    public static string Wrapped(string payload, string schemaFields = "[]") =>
        $$"""{"schema":{"type":"struct","name":"erp.public.supplier_invoices.Envelope","fields":{{schemaFields}}},"payload":{{payload}}}""";
}
