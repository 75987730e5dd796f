namespace MindGen.Model;

/// <summary>The scalars OpenAPI's <c>type</c> and <c>format</c> can describe.</summary>
public enum PrimitiveKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Date,
    DateTime,
    Time,
    Duration,
    Guid,
    Uri,
    Base64Bytes,

    /// <summary>Raw bytes of a request body or file (<c>format: binary</c> outside JSON): a <c>Stream</c>.</summary>
    Stream,
}
