namespace StreamKit.Dsl;

/// <summary>A table update: the new value and the value it replaces (either may be absent).</summary>
/// <typeparam name="TValue">Value type.</typeparam>
/// <param name="New">The new value; absent for a delete.</param>
/// <param name="Old">The previous value; absent for an insert.</param>
public readonly record struct Change<TValue>(Optional<TValue> New, Optional<TValue> Old);

/// <summary>A value that may be absent, for any value type (tables hold reference and value types alike).</summary>
/// <typeparam name="T">Value type.</typeparam>
public readonly record struct Optional<T>
{
    private readonly T _value;

    private Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>No value.</summary>
    public static Optional<T> None => default;

    /// <summary>Whether a value is present.</summary>
    public bool HasValue { get; }

    /// <summary>The value; throws when absent.</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("No value is present.");

    /// <summary>A present value.</summary>
    public static Optional<T> Some(T value) => new(value);

    /// <summary>Present when <paramref name="value"/> is not null.</summary>
    public static Optional<T> OfNullable(T? value) => value is null ? None : new(value);
}
