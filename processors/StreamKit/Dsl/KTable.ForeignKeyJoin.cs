using StreamKit.Dsl.ForeignKey;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>
/// Foreign-key joins: each left row subscribes, through a repartition topic partitioned like the right
/// table, to the right row its foreign key names; the right side answers on a topic partitioned like
/// the left table, now and whenever that right row changes. Answers carry a hash of the left value
/// they answer, so an answer to an outdated left row is dropped.
/// </summary>
internal sealed partial class KTable<TKey, TValue>
{
    internal ISerde<TKey> KeySerde => keySerde;

    internal ISerde<TValue> ValueSerde => valueSerde;

    internal string NewJoinName() => builder.NewName("KTABLE-FK-JOIN");

    internal KTable<TKey, TResult> ForeignKeyJoin<TForeignKey, TRight, TResult>(
        KTable<TForeignKey, TRight> right,
        Func<TValue, TForeignKey> foreignKey,
        Func<TValue, Optional<TRight>, Optional<TResult>> join,
        Materialized<TKey, TResult> materialized,
        string name)
    {
        var topology = builder.Topology;
        var subscriptions = topology.AddRepartitionTopic(builder.ApplicationId, $"{name}-subscription-registration", null, right.StoreName);
        var responses = topology.AddRepartitionTopic(builder.ApplicationId, $"{name}-subscription-response", null, storeName);
        var subscriptionStore = $"{name}-subscription-store";
        topology.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(subscriptionStore), Serdes.ByteArray, Serdes.ByteArray)));
        var responseSerde = new SubscriptionResponse<TRight>.Serde(right.ValueSerde);

        var subscribe = topology.AddProcessor($"{name}-subscribe", () => new LeftSubscriber<TKey, TValue, TForeignKey>(foreignKey, keySerde, valueSerde, subscriptions), node);
        topology.AddSink($"{name}-subscription-sink", subscriptions, right.KeySerde, new Subscription.Serde(), subscribe);
        var subscriptionSource = topology.AddSource($"{name}-subscription-source", right.KeySerde, new Subscription.Serde(), subscriptions);
        var answer = topology.AddProcessor($"{name}-subscription-answer", () => new RightSubscriptions<TForeignKey, TRight>(subscriptionStore, right.StoreName, right.KeySerde, subscriptions), subscriptionSource, subscriptionStore, right.StoreName);
        var rightChanges = topology.AddProcessor($"{name}-right-changes", () => new RightChanges<TForeignKey, TRight>(subscriptionStore, right.KeySerde, subscriptions), right.Node, subscriptionStore);
        topology.AddSink($"{name}-response-sink", responses, Serdes.ByteArray, responseSerde, answer);
        topology.AddSink($"{name}-response-changes-sink", responses, Serdes.ByteArray, responseSerde, rightChanges);

        var responseSource = topology.AddSource($"{name}-response-source", keySerde, responseSerde, responses);
        var joined = topology.AddProcessor($"{name}-join", () => new ResponseJoiner<TKey, TValue, TRight, TResult>(storeName, valueSerde, subscriptions, join), responseSource, storeName);
        var local = topology.AddProcessor($"{name}-left-local", () => new LeftLocalResult<TKey, TValue, TForeignKey, TResult>(foreignKey, v => join(v, Optional<TRight>.None)), node);
        return KTable<TKey, TResult>.Materialize(builder, joined, materialized, reuseStore: false, local);
    }
}
