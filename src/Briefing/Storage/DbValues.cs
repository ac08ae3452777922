using System.Globalization;

namespace Briefing.Storage;

/// <summary>Conversions between .NET values and how each provider stores them.</summary>
internal static class DbValues
{
    // Fixed width and always UTC so that SQLite's text comparison orders times correctly.
    private const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>SQLite gets fixed-width UTC text; PostgreSQL a UTC <see cref="DateTimeOffset"/> (timestamptz, microseconds).</summary>
    public static object Time(StorageProvider provider, DateTimeOffset value) => provider == StorageProvider.Sqlite
        ? value.UtcDateTime.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture)
        : TruncateToMicroseconds(value.ToUniversalTime());

    public static object? Time(StorageProvider provider, DateTimeOffset? value) => value is { } v ? Time(provider, v) : null;

    public static DateTimeOffset ReadTime(object value) => value switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset offset => offset.ToUniversalTime(),
        _ => throw new InvalidCastException($"Unexpected time value of type {value.GetType().Name}."),
    };

    public static DateTimeOffset? ReadNullableTime(object? value) => value is null or DBNull ? null : ReadTime(value);

    /// <summary>Snowflakes stay below 2^63 in practice; the unchecked cast round-trips every value anyway.</summary>
    public static long? Id(ulong? value) => value is { } v ? unchecked((long)v) : null;

    public static long Id(ulong value) => unchecked((long)value);

    public static ulong? ReadId(long? value) => value is { } v ? unchecked((ulong)v) : null;

    public static ulong ReadId(long value) => unchecked((ulong)value);

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);
}
