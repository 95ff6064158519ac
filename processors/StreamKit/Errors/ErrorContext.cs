using StreamKit.Graph;

namespace StreamKit.Errors;

/// <summary>A record that could not be read or processed, with where it came from and what failed.</summary>
/// <param name="Record">The record exactly as read from Kafka.</param>
/// <param name="Processor">The processor that threw, or null for a deserialization error.</param>
/// <param name="Error">The exception.</param>
/// <param name="Send">Sends a record in the failing task's current batch (for dead letters).</param>
public sealed record ErrorContext(RawRecord Record, string? Processor, Exception Error, Action<OutgoingRecord> Send);
