using MindGen.Emit.Fake;
using MindGen.Model;
using MindGen.Templates;

namespace MindGen.Cli.Mocking;

/// <summary>
/// How the mock reads an operation's parameters: the rules a generated fake's call class follows (<see cref="FakeValues"/>:
/// location, list delimiter, parser and what a violation says), applied at run time, without typed properties to fill.
/// Scalars, enums and lists of them are checked; a parameter spread into many (an object, deepObject) is not.
/// </summary>
internal sealed class MockParameters
{
    private readonly List<Reader> _readers = [];

    public MockParameters(ApiDescription api, OperationModel operation)
    {
        foreach (ParameterModel parameter in operation.Parameters)
        {
            bool list = parameter.Type is ArrayTypeRef;
            TypeRef scalar = parameter.Type is ArrayTypeRef array ? array.Element : parameter.Type;
            if (Parser(api, scalar) is { } parser)
            {
                _readers.Add(new Reader(parameter, FakeValues.Location(parameter), list, parser.Parse, parser.Expected));
            }
        }
    }

    /// <summary>Reads every parameter as the spec types it; one missing or malformed throws the fake's violation.</summary>
    public void Check(FakeRequest request)
    {
        foreach (Reader reader in _readers)
        {
            ParameterModel parameter = reader.Parameter;
            if (reader.IsList)
            {
                request.List(reader.Location, parameter.WireName, parameter.IsRequired, FakeValues.Delimiter(parameter.Style), parameter.Explode, reader.Parse, reader.Expected);
            }
            else if (parameter.IsRequired)
            {
                request.Required(reader.Location, parameter.WireName, reader.Parse, reader.Expected);
            }
            else
            {
                request.Optional(reader.Location, parameter.WireName, reader.Parse, reader.Expected);
            }
        }
    }

    private static (Func<string, object> Parse, string Expected)? Parser(ApiDescription api, TypeRef type)
    {
        switch (type)
        {
            case EnumTypeRef enumeration:
                EnumModel? model = api.Enums.FirstOrDefault(candidate => candidate.Name == enumeration.Name);
                var listed = model?.Members.Select(member => member.Value).ToHashSet(StringComparer.Ordinal) ?? [];
                return (text => listed.Contains(enumeration.IsInteger ? FakeRequest.Integer(text).ToString(System.Globalization.CultureInfo.InvariantCulture) : text) ? text : throw new FormatException(), FakeValues.Listed(model));
            case PrimitiveTypeRef { Kind: not PrimitiveKind.Stream } primitive:
                (string parser, string expected) = FakeValues.Of(primitive.Kind);
                return (Parse(primitive.Kind, parser), expected);
            default:
                return null;
        }
    }

    // The template's parser by its name, a narrower integer checked into its range (so that 300 is no byte).
    private static Func<string, object> Parse(PrimitiveKind kind, string parser) => parser switch
    {
        "Text" => text => text,
        "Boolean" => text => FakeRequest.Boolean(text),
        "Integer" => text => Narrow(kind, FakeRequest.Integer(text)),
        "UnsignedInteger" when kind == PrimitiveKind.UInt64 => text => FakeRequest.UnsignedInteger(text),
        "UnsignedInteger" => text => Narrow(kind, checked((long)FakeRequest.UnsignedInteger(text))),
        "Number" => text => FakeRequest.Number(text),
        "Decimal" => text => FakeRequest.Decimal(text),
        "Date" => text => FakeRequest.Date(text),
        "DateTime" => text => FakeRequest.DateTime(text),
        "Time" => text => FakeRequest.Time(text),
        "Duration" => text => FakeRequest.Duration(text),
        "Char" => text => FakeRequest.Char(text),
        "Guid" => text => FakeRequest.Guid(text),
        "Uri" => text => FakeRequest.Uri(text),
        _ => text => FakeRequest.Base64(text),
    };

    private static object Narrow(PrimitiveKind kind, long value) => kind switch
    {
        PrimitiveKind.SByte => checked((sbyte)value),
        PrimitiveKind.Byte => checked((byte)value),
        PrimitiveKind.Int16 => checked((short)value),
        PrimitiveKind.UInt16 => checked((ushort)value),
        PrimitiveKind.Int32 => checked((int)value),
        PrimitiveKind.UInt32 => checked((uint)value),
        _ => value,
    };

    private sealed record Reader(ParameterModel Parameter, string Location, bool IsList, Func<string, object> Parse, string Expected);
}
