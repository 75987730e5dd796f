// Template: the fixed part of an open enum of integers. The emitter writes the struct around this body,
// with IntegerEnum renamed, a static property per listed value, and IsDefined. Not compiled into MindGen
// itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>An open enum of integers; the emitter writes each enum's own summary.</summary>
public readonly partial struct IntegerEnum : global::System.IEquatable<global::MindGen.Templates.IntegerEnum>
{
    /// <summary>Wraps <paramref name="value"/>, listed in the spec or not.</summary>
    /// <param name="value">The value on the wire.</param>
    public IntegerEnum(long value) => Value = value;

    /// <summary>The value on the wire.</summary>
    public long Value { get; }

    /// <summary>Wraps a value, listed in the spec or not.</summary>
    /// <param name="value">The value on the wire.</param>
    public static implicit operator global::MindGen.Templates.IntegerEnum(long value) => new global::MindGen.Templates.IntegerEnum(value);

    /// <summary>Compares values.</summary>
    public static bool operator ==(global::MindGen.Templates.IntegerEnum left, global::MindGen.Templates.IntegerEnum right) => left.Equals(right);

    /// <summary>Compares values.</summary>
    public static bool operator !=(global::MindGen.Templates.IntegerEnum left, global::MindGen.Templates.IntegerEnum right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(global::MindGen.Templates.IntegerEnum other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is global::MindGen.Templates.IntegerEnum other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The value on the wire.</summary>
    public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
}
