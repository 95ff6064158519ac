using System.Text;
using System.Text.Json;
using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>
/// The record that closes a batch in a task's changelog partitions: the batch id, the input offsets
/// to resume from, and the stream time. Restore applies a batch only once its checkpoint is read, so a
/// crash mid-batch never half-applies it. Identified by the <see cref="Header"/> header.
/// </summary>
/// <param name="BatchId">The batch this checkpoint completes.</param>
/// <param name="Offsets">Next input offset per <c>topic/partition</c>.</param>
/// <param name="StreamTime">The task's stream time after the batch.</param>
/// <param name="Origins">Per channel (input partition and origin partition), the last repartition record applied (replays at or below it are dropped; see <see cref="ReplayFilter"/>).</param>
/// <param name="Aborted">Batches that never completed (found without a checkpoint by a restore): a later checkpoint does not apply their records.</param>
/// <param name="KeyCounts">Per store that counts its keys exactly (<see cref="CountsExactly"/>), the keys it held after the batch: restore checks it got them all.</param>
public sealed record Checkpoint(long BatchId, IReadOnlyDictionary<string, long> Offsets, long StreamTime, IReadOnlyDictionary<string, OriginMark>? Origins = null, IReadOnlyList<long>? Aborted = null, IReadOnlyDictionary<string, long>? KeyCounts = null)
{
    /// <summary>Header that marks a checkpoint record.</summary>
    public const string Header = "streamkit.checkpoint";

    /// <summary>Header carrying the batch id on every changelog record.</summary>
    public const string BatchHeader = "streamkit.batch";

    /// <summary>
    /// The key of a checkpoint written with <paramref name="epoch"/> (<see cref="OwnerEpoch"/>): one key per owner, so
    /// compaction keeps every owner's latest checkpoint and a fenced former owner's cannot displace the current one's.
    /// </summary>
    public static byte[] KeyOf(long epoch) => Encoding.UTF8.GetBytes(epoch == 0 ? "\u0000streamkit.checkpoint" : $"\u0000streamkit.checkpoint\u0000{OwnerEpoch.Format(epoch)}");

    /// <summary>Encodes the checkpoint as JSON.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <summary>Decodes a checkpoint record's value.</summary>
    public static Checkpoint FromBytes(byte[] bytes) =>
        JsonSerializer.Deserialize<Checkpoint>(bytes) ?? throw new InvalidDataException("An empty checkpoint record.");

    /// <summary>Whether a changelog record is a checkpoint.</summary>
    public static bool IsCheckpoint(RecordHeaders headers) => headers.LastString(Header) is not null;

    /// <summary>The batch id of a changelog record, if it carries one.</summary>
    public static long? BatchOf(RecordHeaders headers) =>
        long.TryParse(headers.LastString(BatchHeader), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Whether <paramref name="store"/>'s count of keys is exact (an in-memory store's is; RocksDB only estimates).</summary>
    public static bool CountsExactly(State.IKeyValueBytesStore store) => store is State.InMemoryKeyValueBytesStore;

    /// <summary>Key of an input partition in <see cref="Offsets"/>.</summary>
    public static string PartitionKey(string topic, int partition) => $"{topic}/{partition}";
}
