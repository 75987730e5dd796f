using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>
/// Emits an open enum: a struct with one static instance per listed value, which can also hold any value
/// the spec does not list (<c>IsDefined</c> tells them apart). Unlike a C# enum it never fails to
/// deserialize and never loses the value a newer server sends.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ApiDescription api, EnumModel model)
    {
        string name = model.Name;
        string valueType = model.IsInteger ? "long" : "string";
        string Literal(string value) => model.IsInteger ? value + "L" : CSharpLiteral.String(value);

        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, model.Description, $"The values of {name}; values the spec does not list are kept as they are.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{ToString(),nq}\")]");
        using (writer.Open($"public readonly partial struct {name} : global::System.IEquatable<{name}>"))
        {
            foreach (EnumMemberModel member in model.Members)
            {
                XmlDoc.Raw(writer, $"<summary>The value <c>{XmlDoc.Escape(member.Value)}</c>.</summary>");
                writer.Line($"public static {name} {member.Name} {{ get; }} = new {name}({Literal(member.Value)});");
                writer.Line();
            }

            if (model.IsInteger)
            {
                writer.Lines($$"""
                    /// <summary>Wraps <paramref name="value"/>, listed in the spec or not.</summary>
                    /// <param name="value">The value on the wire.</param>
                    public {{name}}(long value) => Value = value;

                    /// <summary>The value on the wire.</summary>
                    public long Value { get; }
                    """);
            }
            else
            {
                writer.Lines($$"""
                    private readonly string? _value;

                    /// <summary>Wraps <paramref name="value"/>, listed in the spec or not.</summary>
                    /// <param name="value">The value on the wire.</param>
                    public {{name}}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));

                    /// <summary>The value on the wire (empty for <c>default</c>).</summary>
                    public string Value => _value ?? string.Empty;
                    """);
            }

            string listed = string.Join(" or ", model.Members.Select(member => Literal(member.Value)));
            string hash = model.IsInteger ? "Value.GetHashCode()" : "global::System.StringComparer.Ordinal.GetHashCode(Value)";
            string equals = model.IsInteger ? "Value == other.Value" : "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)";
            string toString = model.IsInteger ? "Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture)" : "Value";
            writer.Lines($$"""

                /// <summary>Whether the value is one the spec lists.</summary>
                public bool IsDefined => Value is {{listed}};

                /// <summary>Wraps a value, listed in the spec or not.</summary>
                /// <param name="value">The value on the wire.</param>
                public static implicit operator {{name}}({{valueType}} value) => new {{name}}(value);

                /// <summary>Compares values ordinally.</summary>
                public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

                /// <summary>Compares values ordinally.</summary>
                public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);

                /// <inheritdoc/>
                public bool Equals({{name}} other) => {{equals}};

                /// <inheritdoc/>
                public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

                /// <inheritdoc/>
                public override int GetHashCode() => {{hash}};

                /// <summary>The value on the wire.</summary>
                public override string ToString() => {{toString}};
                """);
        }

        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}
