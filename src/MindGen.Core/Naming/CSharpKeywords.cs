using System.Collections.Generic;

namespace MindGen.Naming;

/// <summary>C#'s keywords: the reserved ones, and the contextual ones that mean something in some places.</summary>
internal static class CSharpKeywords
{
    private static readonly HashSet<string> Reserved =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
        "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
        "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile",
        "while",
    ];

    // Legal identifiers almost everywhere, but not everywhere: `await` in an async method, `value` in a
    // setter, `field` in an accessor (C# 14), `var`/`dynamic` where a type is expected. Roslyn's contextual
    // keywords and these few; parameters and locals escape them all, so no position can ever give one its
    // keyword meaning.
    private static readonly HashSet<string> Contextual =
    [
        "add", "alias", "allows", "and", "args", "ascending", "assembly", "async", "await", "by", "descending",
        "dynamic", "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into",
        "join", "let", "managed", "method", "module", "nameof", "nint", "not", "notnull", "nuint", "on", "or",
        "orderby", "param", "partial", "property", "record", "remove", "required", "scoped", "select", "set",
        "type", "typevar", "unmanaged", "value", "var", "when", "where", "with", "yield",
    ];

    public static bool IsReserved(string identifier) => Reserved.Contains(identifier);

    public static bool IsContextual(string identifier) => Contextual.Contains(identifier);
}
