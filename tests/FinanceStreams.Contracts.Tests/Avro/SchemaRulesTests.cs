using System.Text.Json.Nodes;
using FinanceStreams.Contracts.Tests.Infrastructure;

namespace FinanceStreams.Contracts.Tests.Avro;

public sealed class SchemaRulesTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Avro, "*.avsc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Avro, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_EveryDecimal_HasPrecision18AndAScaleOfTheDomain(string file)
    {
        foreach (var (path, node) in Walk(Load(file), file))
        {
            if (node["logicalType"]?.GetValue<string>() == "decimal")
            {
                Assert.True(node["type"]?.GetValue<string>() == "bytes", $"{path}: decimal must be bytes");
                Assert.True(node["precision"]?.GetValue<int>() == 18, $"{path}: decimal needs precision 18");
                Assert.Contains(node["scale"]?.GetValue<int>(), new int?[] { 2, 4, 8 });
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_MoneyFields_AreDecimalsWithTheirScale(string file)
    {
        foreach (var field in Fields(Load(file)))
        {
            var name = field["name"]!.GetValue<string>();
            int? expectedScale = name switch
            {
                _ when name.Contains("amount", StringComparison.Ordinal) || name.StartsWith("total_", StringComparison.Ordinal) => 2,
                "budget" or "pre_commitment" or "commitment" or "actual" or "consumed" or "available" or "limit"
                    or "consumed_before" or "available_after" or "warning_threshold" => 2,
                "quantity" or "unit_price" => 4,
                "rate" => 8,
                _ => null,
            };
            if (expectedScale is { } scale)
            {
                var type = field["type"] is JsonArray union ? union.Last() : field["type"];
                Assert.True(type?["logicalType"]?.GetValue<string>() == "decimal", $"{file}: {name} must be a decimal");
                Assert.True(type!["scale"]!.GetValue<int>() == scale, $"{file}: {name} must have scale {scale}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_NoFloatingPoint_Anywhere(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Avro, file));

        Assert.DoesNotContain("\"double\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"float\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_RecordAndFields_HaveDocsAndOptionalsDefaultToNull(string file)
    {
        var root = Load(file);
        Assert.False(string.IsNullOrWhiteSpace(root["doc"]?.GetValue<string>()), $"{file}: missing doc");
        foreach (var field in Fields(root))
        {
            var name = field["name"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(field["doc"]?.GetValue<string>()), $"{file}: {name} missing doc");
            if (field["type"] is JsonArray union)
            {
                Assert.True(union.Count == 2 && union[0]?.GetValue<string>() == "null", $"{file}: {name} must be [\"null\", T]");
                Assert.True(field.AsObject().ContainsKey("default") && field["default"] is null, $"{file}: {name} must default to null");
            }
        }
    }

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Avro, file)))!;

    private static IEnumerable<JsonNode> Fields(JsonNode root) =>
        root["fields"] is JsonArray fields ? fields.Select(f => f!) : [];

    private static IEnumerable<(string Path, JsonNode Node)> Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (path, obj);
                foreach (var (key, child) in obj)
                {
                    foreach (var item in Walk(child, $"{path}/{key}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in Walk(array[i], $"{path}[{i}]"))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }
}
