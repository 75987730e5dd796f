// Template: the fixed part of an open enum of strings. The emitter writes the struct around this body, with
// StringEnum renamed, a static property per listed value, and IsDefined. Not compiled into MindGen
// itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>An open enum of strings; the emitter writes each enum's own summary.</summary>
public readonly partial struct StringEnum : global::System.IEquatable<global::MindGen.Templates.StringEnum>
{
    private readonly string? _value;

    /// <summary>Wraps <paramref name="value"/>, listed in the spec or not.</summary>
    /// <param name="value">The value on the wire.</param>
    public StringEnum(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));

    /// <summary>The value on the wire (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Wraps a value, listed in the spec or not.</summary>
    /// <param name="value">The value on the wire.</param>
    public static implicit operator global::MindGen.Templates.StringEnum(string value) => new global::MindGen.Templates.StringEnum(value);

    /// <summary>Compares values ordinally.</summary>
    public static bool operator ==(global::MindGen.Templates.StringEnum left, global::MindGen.Templates.StringEnum right) => left.Equals(right);

    /// <summary>Compares values ordinally.</summary>
    public static bool operator !=(global::MindGen.Templates.StringEnum left, global::MindGen.Templates.StringEnum right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(global::MindGen.Templates.StringEnum other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is global::MindGen.Templates.StringEnum other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The value on the wire.</summary>
    public override string ToString() => Value;
}
