using Avro;

namespace FinanceStreams.SchemaRegistry.Compatibility;

/// <summary>Avro's type promotions: writer types a reader of another primitive type can still read.</summary>
internal static class Promotions
{
    public static bool Allows(Schema.Type writer, Schema.Type reader) => (writer, reader) switch
    {
        (Schema.Type.Int, Schema.Type.Long or Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Long, Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Float, Schema.Type.Double) => true,
        (Schema.Type.String, Schema.Type.Bytes) or (Schema.Type.Bytes, Schema.Type.String) => true,
        _ => false,
    };
}
