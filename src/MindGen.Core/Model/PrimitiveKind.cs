namespace MindGen.Model;

/// <summary>The scalars OpenAPI's <c>type</c> and <c>format</c> can describe, each with its own C# type.</summary>
public enum PrimitiveKind
{
    String,
    Boolean,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    Date,
    DateTime,
    Time,

    /// <summary>An ISO 8601 duration (<c>P1DT2H</c>, <c>format: duration</c>).</summary>
    Duration,

    /// <summary>A .NET <c>TimeSpan</c> in its constant format (<c>[-][d.]hh:mm:ss[.fffffff]</c>), as ASP.NET Core describes one.</summary>
    TimeSpan,

    /// <summary>One character (<c>format: char</c>).</summary>
    Char,
    Guid,
    Uri,
    Base64Bytes,

    /// <summary>Raw bytes of a request body or file (<c>format: binary</c> outside JSON): a <c>Stream</c>.</summary>
    Stream,
}
