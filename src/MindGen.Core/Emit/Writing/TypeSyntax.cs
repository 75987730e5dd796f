using System;
using MindGen.Emit.Json;
using MindGen.Model;

namespace MindGen.Emit.Writing;

/// <summary>
/// How a <see cref="TypeRef"/> is spelled in C#. The one rule for names: every type is written qualified by one
/// of the aliases every generated file declares (<see cref="FileHeader"/>), except where it is declared: generated
/// ones <c>api::Pet</c>, System.Text.Json's <c>json::JsonElement</c>, the rest of the BCL's <c>sys::Uri</c>. An
/// alias-qualified name looks up aliases only, so nothing a spec names (a schema <c>System</c>, <c>Task</c>,
/// <c>JsonElement</c>) can capture a reference.
/// </summary>
internal static class TypeSyntax
{
    /// <summary>The fully qualified C# type; with <c>?</c> when <paramref name="nullable"/>.</summary>
    public static string Name(TypeRef type, bool nullable)
    {
        string name = type switch
        {
            PrimitiveTypeRef primitive => Primitive(primitive.Kind),
            ModelTypeRef model => Generated(model.Name),
            EnumTypeRef enumeration => Generated(enumeration.Name),
            UnionTypeRef union => Generated(union.Name),
            ArrayTypeRef array => $"sys::Collections.Generic.IReadOnlyList<{Name(array.Element, array.Element.IsNullable)}>",
            MapTypeRef map => $"sys::Collections.Generic.IReadOnlyDictionary<string, {Name(map.Value, map.Value.IsNullable)}>",
            AnyTypeRef => JsonNames.Element,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
        return nullable ? name + "?" : name;
    }

    /// <summary>A type MindGen generates into the spec's namespace.</summary>
    public static string Generated(string name) => FileHeader.NamespaceAlias + "::" + name;

    /// <summary>The type as a person reads it in an error message: <c>IReadOnlyList&lt;TicketWorklog&gt;</c>.</summary>
    public static string Display(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => Primitive(primitive.Kind).Replace("sys::", string.Empty),
        ModelTypeRef model => model.Name,
        EnumTypeRef enumeration => enumeration.Name,
        UnionTypeRef union => union.Name,
        ArrayTypeRef array => $"IReadOnlyList<{Display(array.Element)}>",
        MapTypeRef map => $"IReadOnlyDictionary<string, {Display(map.Value)}>",
        _ => "JsonElement",
    };

    public static bool IsValueType(TypeRef type) =>
        type is AnyTypeRef or EnumTypeRef || (type is PrimitiveTypeRef primitive && primitive.Kind is not (PrimitiveKind.String or PrimitiveKind.Uri or PrimitiveKind.Base64Bytes or PrimitiveKind.Stream));

    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Boolean => "bool",
        PrimitiveKind.SByte => "sbyte",
        PrimitiveKind.Byte => "byte",
        PrimitiveKind.Int16 => "short",
        PrimitiveKind.UInt16 => "ushort",
        PrimitiveKind.Int32 => "int",
        PrimitiveKind.UInt32 => "uint",
        PrimitiveKind.Int64 => "long",
        PrimitiveKind.UInt64 => "ulong",
        PrimitiveKind.Single => "float",
        PrimitiveKind.Double => "double",
        PrimitiveKind.Decimal => "decimal",
        PrimitiveKind.Date => "sys::DateOnly",
        PrimitiveKind.DateTime => "sys::DateTimeOffset",
        PrimitiveKind.Time => "sys::TimeOnly",
        PrimitiveKind.Duration or PrimitiveKind.TimeSpan => "sys::TimeSpan",
        PrimitiveKind.Char => "char",
        PrimitiveKind.Guid => "sys::Guid",
        PrimitiveKind.Uri => "sys::Uri",
        PrimitiveKind.Base64Bytes => "byte[]",
        PrimitiveKind.Stream => "sys::IO.Stream",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A C# literal for a boolean argument, to follow a parameter name (<c>allowNull: false</c>).</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
