using Confluent.SchemaRegistry;

namespace FinanceStreams.Host.Schemas;

/// <summary>Registers the contract schemas in a registry, or checks them against what it holds.</summary>
internal static class SchemaGovernance
{
    /// <summary>Registers each schema under its subject; returns subject → id. An incompatible change fails naming the subject.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> RegisterAsync(ISchemaRegistryClient registry, IReadOnlyDictionary<string, string> schemas)
    {
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (subject, text) in schemas)
        {
            try
            {
                ids[subject] = await registry.RegisterSchemaAsync(subject, new Schema(text, SchemaType.Avro)).ConfigureAwait(false);
            }
            catch (SchemaRegistryException e) when (e.ErrorCode is 409 or 42201)
            {
                throw new InvalidOperationException($"Schema '{subject}' was refused by the registry: {e.Message}", e);
            }
        }

        return ids;
    }

    /// <summary>Every problem of every schema against the latest version of its subject (a new subject has none).</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(Uri registry, IReadOnlyDictionary<string, string> schemas)
    {
        using var http = new HttpClient { BaseAddress = registry };
        var problems = new List<string>();
        foreach (var (subject, text) in schemas)
        {
            using var response = await http.PostAsync(
                $"compatibility/subjects/{Uri.EscapeDataString(subject)}/versions/latest?verbose=true",
                System.Net.Http.Json.JsonContent.Create(new { schema = text })).ConfigureAwait(false);
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                continue; // a new subject: nothing to be compatible with yet
            }

            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            if (body.RootElement.TryGetProperty("is_compatible", out var ok) && !ok.GetBoolean())
            {
                problems.AddRange(body.RootElement.GetProperty("messages").EnumerateArray().Select(m => $"{subject}: {m.GetString()}"));
            }
        }

        return problems;
    }
}
