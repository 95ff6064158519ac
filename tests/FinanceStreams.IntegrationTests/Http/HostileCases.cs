using System.Text;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>
/// The hostile-input suite: authentication, validation, sizes, encodings, injection-looking path parameters, as a
/// procurement portal's attacker would try them. Every case names the status it must get.
/// </summary>
internal static class HostileCases
{
    private const string Key = "X-Api-Key: " + HttpHostHarness.CheckerSecret;
    private const string Json = "Content-Type: application/json";

    /// <summary>The pause between the bytes of a slow body (Kestrel's minimum rate applies after a 1.5 s grace in the suite).</summary>
    public static readonly TimeSpan SlowPause = TimeSpan.FromMilliseconds(700);

    public static IReadOnlyList<HostileCase> All { get; } = [.. Authentication(), .. Bodies(), .. Amounts(), .. Fields(), .. Sizes(), .. Paths(), .. Methods()];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>A valid body with <paramref name="field"/> replaced by the raw JSON <paramref name="value"/> (null: removed).</summary>
    public static string With(string field, string? value)
    {
        var fields = new Dictionary<string, string>
        {
            ["documentType"] = "\"PURCHASE_ORDER\"",
            ["documentId"] = "\"PO-1\"",
            ["costCenter"] = $"\"{BucketData.CostCenter}\"",
            ["date"] = "\"2025-03-20\"",
            ["currency"] = "\"EUR\"",
            ["amount"] = "100",
        };
        if (value is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    private static HostileCase Post(string name, string? body, int expected, params string[] headers) =>
        new(name, "POST", HostileCase.Check, headers.Length == 0 ? [Key, Json] : headers, body, expected, HostileCase.Check);

    private static HostileCase Get(string name, string path, int expected, params string[] headers) =>
        new(name, "GET", "/api/v1/budgets/" + path, headers.Length == 0 ? ["X-Api-Key: " + HttpHostHarness.ReaderSecret] : headers, null, expected, HostileCase.Budget);

    private static IEnumerable<HostileCase> Authentication()
    {
        var valid = With("amount", "100");
        yield return Post("auth: no key", valid, 401, Json);
        yield return Post("auth: wrong key", valid, 401, "X-Api-Key: guess", Json);
        yield return Post("auth: empty key", valid, 401, "X-Api-Key: ", Json);
        yield return Post("auth: key twice", valid, 401, Key, Key, Json);
        yield return Post("auth: read-only key", valid, 403, "X-Api-Key: " + HttpHostHarness.ReaderSecret, Json);
        yield return Post("auth: key without scope", valid, 403, "X-Api-Key: " + HttpHostHarness.NoScopeSecret, Json);
        yield return Post("auth: metrics key", valid, 403, "X-Api-Key: " + HttpHostHarness.MetricsSecret, Json);
        yield return Post("auth: key with an extra character", valid, 401, "X-Api-Key: " + HttpHostHarness.CheckerSecret + "x", Json);
        yield return Post("auth: key in query string", valid, 401, Json) with { Target = HostileCase.Check + "?api_key=" + HttpHostHarness.CheckerSecret };
        yield return Post("auth: basic credentials", valid, 401, "Authorization: Basic cG9ydGFsOmNoZWNrZXItc2VjcmV0", Json);
        yield return Post("auth: bearer garbage", valid, 401, "Authorization: Bearer not.a.token", Json);
        yield return Post("auth: bearer empty", valid, 401, "Authorization: Bearer ", Json);
        yield return Post("auth: bearer alg none", valid, 401, "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2NvcGUiOiJidWRnZXRzOmNoZWNrIn0.", Json);
        yield return Post("auth: api key scheme wrong", valid, 401, "Authorization: ApiKey nope", Json);
        yield return Get("auth: get without key", $"{BucketData.CostCenter}/2025/3", 401, "Accept: application/json");
        yield return Get("auth: get with key without scope", $"{BucketData.CostCenter}/2025/3", 403, "X-Api-Key: " + HttpHostHarness.NoScopeSecret);
        yield return new HostileCase("auth: metrics without key", "GET", "/metrics", [], null, 401, "/metrics");
        yield return new HostileCase("auth: metrics with reader key", "GET", "/metrics", ["X-Api-Key: " + HttpHostHarness.ReaderSecret], null, 403, "/metrics");
    }

    private static IEnumerable<HostileCase> Bodies()
    {
        var valid = With("amount", "100");
        yield return Post("type: text/xml", "<check/>", 415, Key, "Content-Type: text/xml");
        yield return Post("type: form", "documentType=PURCHASE_ORDER&amount=1", 415, Key, "Content-Type: application/x-www-form-urlencoded");
        yield return Post("type: multipart", "--x\r\n\r\n--x--", 415, Key, "Content-Type: multipart/form-data; boundary=x");
        yield return Post("type: text/plain json", valid, 415, Key, "Content-Type: text/plain");
        yield return Post("type: none", valid, 415, Key);
        yield return Post("type: latin1 charset", valid, 415, Key, "Content-Type: application/json; charset=iso-8859-1");
        yield return Post("type: json patch", valid, 415, Key, "Content-Type: application/json-patch+json");
        yield return Post("type: garbage", valid, 415, Key, "Content-Type: ;;;");
        yield return Post("type: json utf-8 accepted", valid, 200, Key, "Content-Type: application/json; charset=utf-8");
        yield return Post("body: empty", string.Empty, 400);
        yield return Post("body: not json", "hello", 400);
        yield return Post("body: truncated", "{\"amount\": 1", 400);
        yield return Post("body: array", "[" + valid + "]", 400);
        yield return Post("body: string", "\"x\"", 400);
        yield return Post("body: number", "42", 400);
        yield return Post("body: null", "null", 400);
        yield return Post("body: two objects", valid + valid, 400);
        yield return Post("body: trailing comma", valid[..^1] + ",}", 400);
        yield return Post("body: comment", "/* c */" + valid, 400);
        yield return Post("body: single quotes", valid.Replace('"', '\''), 400);
        yield return Post("body: deep nesting", new string('[', 100) + new string(']', 100), 400);
        yield return Post("body: byte order mark", "\uFEFF" + valid, 400);
        byte[] invalidUtf8 = [.. "{\"documentId\":\""u8, 0xff, 0xfe, .. "\"}"u8];
        yield return Post("body: invalid utf-8", null, 400, Key, Json, $"Content-Length: {invalidUtf8.Length}") with { Raw = [invalidUtf8] };
        yield return Post("body: unpaired surrogate", With("documentId", "\"\\ud800\""), 400);
    }

    private static IEnumerable<HostileCase> Amounts()
    {
        foreach (var (name, value) in new (string, string?)[]
        {
            ("decimal max", "79228162514264337593543950335"),
            ("beyond decimal", "792281625142643375935439503350"),
            ("1e20", "1e20"),
            ("1E2", "1E2"),
            ("exponent negative", "1e-2"),
            ("string", "\"100\""),
            ("string with decimals", "\"100.00\""),
            ("negative", "-1"),
            ("zero", "0"),
            ("negative zero", "-0"),
            ("three decimals", "1.005"),
            ("tiny", "0.001"),
            ("many decimals", "1.0000000000000000000000000000001"),
            ("beyond decimal(18,2)", "10000000000000000"),
            ("boolean", "true"),
            ("null", "null"),
            ("object", "{\"value\":1}"),
            ("array", "[1]"),
            ("missing", null),
            ("NaN", "NaN"),
            ("Infinity", "Infinity"),
            ("hex", "0x10"),
            ("leading plus", "+1"),
            ("leading zeros", "007"),
        })
        {
            yield return Post("amount: " + name, With("amount", value), 400);
        }

        yield return Post("amount: decimal(18,2) max accepted", With("amount", "9999999999999999.99"), 200);
        yield return Post("amount: trailing zeros accepted", With("amount", "100.500"), 200);
    }

    private static IEnumerable<HostileCase> Fields()
    {
        var valid = With("amount", "100");
        yield return Post("fields: PascalCase", valid.Replace("\"amount\"", "\"Amount\"", StringComparison.Ordinal), 400);
        yield return Post("fields: all PascalCase", "{\"DocumentType\":\"PURCHASE_ORDER\",\"DocumentId\":\"PO-1\",\"CostCenter\":\"CC-100\",\"Date\":\"2025-03-20\",\"Currency\":\"EUR\",\"Amount\":100}", 400);
        yield return Post("fields: unknown field", valid[..^1] + ",\"approved\":true}", 400);
        yield return Post("fields: proto pollution", valid[..^1] + ",\"__proto__\":{\"admin\":true}}", 400);
        yield return Post("fields: duplicate amount", valid[..^1] + ",\"amount\":1}", 400);
        yield return Post("fields: duplicate documentId", valid[..^1] + ",\"documentId\":\"REQ-9\"}", 400);
        yield return Post("fields: empty object", "{}", 400);
        yield return Post("documentType: invoice", With("documentType", "\"INVOICE\""), 400);
        yield return Post("documentType: lower case", With("documentType", "\"purchase_order\""), 400);
        yield return Post("documentType: number", With("documentType", "1"), 400);
        yield return Post("documentId: empty", With("documentId", "\"\""), 400);
        yield return Post("documentId: too long", With("documentId", $"\"{new string('A', 65)}\""), 400);
        yield return Post("documentId: sql", With("documentId", "\"PO-1' OR '1'='1\""), 400);
        yield return Post("documentId: script", With("documentId", "\"<script>alert(1)</script>\""), 400);
        yield return Post("documentId: pipe", With("documentId", "\"PO|1\""), 400);
        yield return Post("documentId: newline", With("documentId", "\"PO-1\\n\""), 400);
        yield return Post("documentId: nul", With("documentId", "\"PO\\u00001\""), 400);
        yield return Post("documentId: path traversal", With("documentId", "\"../../etc/passwd\""), 400);
        yield return Post("documentId: unicode lookalike", With("documentId", "\"PО-1\""), 400);
        yield return Post("documentId: number", With("documentId", "1"), 400);
        yield return Post("costCenter: log4j", With("costCenter", "\"${jndi:ldap://x/a}\""), 400);
        yield return Post("costCenter: spaces", With("costCenter", "\"CC 100\""), 400);
        yield return Post("date: dd/mm/yyyy", With("date", "\"20/03/2025\""), 400);
        yield return Post("date: month 13", With("date", "\"2025-13-01\""), 400);
        yield return Post("date: day 32", With("date", "\"2025-03-32\""), 400);
        yield return Post("date: year 0001", With("date", "\"0001-03-20\""), 400);
        yield return Post("date: year 9999", With("date", "\"9999-03-20\""), 400);
        yield return Post("date: with time", With("date", "\"2025-03-20T10:00:00Z\""), 400);
        yield return Post("date: number", With("date", "20250320"), 400);
        yield return Post("currency: lower case", With("currency", "\"eur\""), 400);
        yield return Post("currency: not iso", With("currency", "\"ABC\""), 400);
        yield return Post("currency: four letters", With("currency", "\"EURO\""), 400);
        yield return Post("currency: precious metal", With("currency", "\"XAU\""), 400);
        yield return Post("currency: other than budget", With("currency", "\"USD\""), 422);
        yield return Post("bucket: no figures", With("date", "\"2025-04-20\""), 422);
    }

    private static IEnumerable<HostileCase> Sizes()
    {
        var big = With("documentId", $"\"{new string('A', 5000)}\"");
        yield return Post("size: 5 KB body", big, 413);
        yield return Post("size: Content-Length 50 MB", null, 413, Key, Json, "Content-Length: 52428800") with { Raw = [new byte[8192]] };
        yield return Post("size: chunked 50 KB", null, 413, Key, Json, "Transfer-Encoding: chunked") with
        {
            Raw = [.. Enumerable.Range(0, 50).Select(_ => Encoding.ASCII.GetBytes("400\r\n" + new string(' ', 1024) + "\r\n"))],
        };
        yield return Post("size: whitespace padding 6 KB", new string(' ', 6000) + With("amount", "1"), 413);
        yield return Post("slow: Content-Length body", null, 408, Key, Json, "Content-Length: 200") with { Raw = [.. Enumerable.Range(0, 12).Select(_ => "{"u8.ToArray())], Pause = SlowPause };
        yield return Post("slow: chunked body", null, 408, Key, Json, "Transfer-Encoding: chunked") with { Raw = [.. Enumerable.Range(0, 12).Select(_ => "1\r\n{\r\n"u8.ToArray())], Pause = SlowPause };
        yield return Get("size: 20 KB header", $"{BucketData.CostCenter}/2025/3", 431, "X-Api-Key: " + HttpHostHarness.ReaderSecret, "X-Padding: " + new string('a', 20_000));
        yield return Get("size: many headers", $"{BucketData.CostCenter}/2025/3", 431, [.. Enumerable.Range(0, 90).Select(i => $"X-H{i}: {new string('b', 200)}"), "X-Api-Key: " + HttpHostHarness.ReaderSecret]);
        yield return Get("size: 300 KB header beyond Kestrel's limit", $"{BucketData.CostCenter}/2025/3", 431, "X-Api-Key: " + HttpHostHarness.ReaderSecret, "X-Padding: " + new string('a', 300_000));
        yield return Get("size: 3 KB cost center", new string('C', 3000) + "/2025/3", 414);
        yield return Get("size: 3 KB query", $"{BucketData.CostCenter}/2025/3?q={new string('q', 3000)}", 414);
    }

    private static IEnumerable<HostileCase> Paths()
    {
        foreach (var (name, path) in new[]
        {
            ("period 13", $"{BucketData.CostCenter}/2025/13"),
            ("period 16", $"{BucketData.CostCenter}/2025/16"),
            ("period 0", $"{BucketData.CostCenter}/2025/0"),
            ("period negative", $"{BucketData.CostCenter}/2025/-1"),
            ("period with plus", $"{BucketData.CostCenter}/2025/+3"),
            ("period 003", $"{BucketData.CostCenter}/2025/003"),
            ("period fullwidth digit", $"{BucketData.CostCenter}/2025/%EF%BC%93"),
            ("year 1899", $"{BucketData.CostCenter}/1899/3"),
            ("year 99999", $"{BucketData.CostCenter}/99999/3"),
            ("year letters", $"{BucketData.CostCenter}/20x5/3"),
            ("year overflow", $"{BucketData.CostCenter}/99999999999999999999/3"),
            ("cost center sql", "CC-1'%20OR%20'1'='1/2025/3"),
            ("cost center script", "%3Cscript%3E/2025/3"),
            ("cost center encoded slash", "CC%2F100/2025/3"),
            ("cost center dot dot", "..%2F..%2Fetc/2025/3"),
            ("cost center log4j", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D/2025/3"),
            ("cost center pipe", "CC%7C100/2025/3"),
            ("cost center newline", "CC%0A100/2025/3"),
            ("cost center nul", "CC%00100/2025/3"),
            ("cost center crlf injection", "CC%0D%0ASet-Cookie:x/2025/3"),
            ("cost center unicode", "%D0%A1C-100/2025/3"),
            ("cost center too long", new string('C', 65) + "/2025/3"),
            ("cost center percent", "CC%25/2025/3"),
        })
        {
            yield return Get("path: " + name, path, 400);
        }

        yield return Get("path: unknown bucket", "CC-NONE/2025/3", 404);
        yield return Get("path: owned bucket", $"{BucketData.CostCenter}/2025/3", 200);
        yield return Get("path: period 03", $"{BucketData.CostCenter}/2025/03", 200);
        yield return new HostileCase("path: nul outside the api", "GET", "/health/%00", [], null, 400, null);
        yield return new HostileCase("path: unknown route", "GET", "/api/v1/admin", [Key], null, 404, null);
        yield return new HostileCase("path: too few segments", "GET", "/api/v1/budgets/CC-100/2025", [Key], null, 404, null);
        yield return new HostileCase("path: double slash", "GET", "/api/v1/budgets//2025/3", ["X-Api-Key: " + HttpHostHarness.ReaderSecret], null, 404, null);
    }

    private static IEnumerable<HostileCase> Methods()
    {
        yield return new HostileCase("method: DELETE check", "DELETE", HostileCase.Check, [Key], null, 405, null);
        yield return new HostileCase("method: PUT budget", "PUT", "/api/v1/budgets/CC-100/2025/3", [Key, Json], "{}", 405, null);
        yield return new HostileCase("method: GET check", "GET", HostileCase.Check, [Key], null, 405, null);
        yield return new HostileCase("method: TRACE", "TRACE", "/health/live", [], null, 405, null);
        yield return new HostileCase("host: evil host header", "GET", "/health/live", ["X-Forwarded-Host: evil.example.com"], null, 200, "/health/live");
        yield return new HostileCase("health: ready", "GET", "/health/ready", [], null, 200, "/health/ready");
        yield return new HostileCase("openapi: served", "GET", "/openapi/v1.json", [], null, 200, null);
        yield return new HostileCase("openapi: unknown document", "GET", "/openapi/v2.json", [], null, 404, null);
        yield return new HostileCase("check: valid", "POST", HostileCase.Check, [Key, Json], With("amount", "100"), 200, HostileCase.Check);
    }
}
