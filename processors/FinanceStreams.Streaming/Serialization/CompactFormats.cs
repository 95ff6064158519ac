using System.Reflection;
using MessagePack;
using MessagePack.Resolvers;

namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// Builds MessagePack's formatters of the compact types (<see cref="CompactSerDes{T}"/>) ahead of their first record.
/// MessagePack 2 emits each type's formatter at its first use: at a topology's first records that took about half of
/// the stream thread for half a second (dotnet-trace of <c>bench --budget-only</c>), delaying every hop's first output.
/// </summary>
public static class CompactFormats
{
    /// <summary>
    /// Builds the formatter of every <c>[MessagePackObject]</c> type of <paramref name="assembly"/>; a generic one with one
    /// type parameter is closed over each such type <paramref name="isArgument"/> accepts. Returns the types it built.
    /// </summary>
    public static IReadOnlyList<Type> Prime(Assembly assembly, Func<Type, bool> isArgument)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(isArgument);
        var compact = assembly.GetTypes().Where(t => t.GetCustomAttribute<MessagePackObjectAttribute>() is not null).ToList();
        var plain = compact.Where(t => !t.IsGenericTypeDefinition).ToList();
        var arguments = plain.Where(isArgument).ToList();
        var closed = compact.Where(t => t.IsGenericTypeDefinition && t.GetGenericArguments().Length == 1)
            .SelectMany(definition => arguments.Select(argument => definition.MakeGenericType(argument)));
        var types = plain.Concat(closed).ToList();
        foreach (var type in types)
        {
            StandardResolver.Instance.GetFormatterDynamic(type);
        }

        return types;
    }
}
