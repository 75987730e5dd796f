using Conformance.Infrastructure;
using ArrayEncoding = Conformance.Encode.Array;
using BooleanEncoding = Conformance.Encode.Boolean;
using NumericEncoding = Conformance.Encode.Numeric;

namespace Conformance.Drivers.Encode;

/// <summary>Booleans, numbers and arrays written as text in JSON (<c>"TRUE"</c>, <c>"255"</c>, <c>"blue|red|green"</c>), sent and read back unchanged.</summary>
public sealed class ScalarsAsTextDriver(Spector spector) : Driver(spector)
{
    private static BooleanEncoding.BooleanClient Booleans(HttpClient http) => new(http);

    private static NumericEncoding.NumericClient Numbers(HttpClient http) => new(http);

    private static ArrayEncoding.ArrayClient Arrays(HttpClient http) => new(http);

    private static BooleanEncoding.BooleanJsonContext BooleanJson => BooleanEncoding.BooleanJsonContext.Default;

    private static NumericEncoding.NumericJsonContext NumericJson => NumericEncoding.NumericJsonContext.Default;

    private static ArrayEncoding.ArrayJsonContext ArrayJson => ArrayEncoding.ArrayJsonContext.Default;

    [Scenario] public Task Encode_Boolean_Property_trueLower() => Echoes((http, body) => Booleans(http).PropertyTrueLowerAsync(body), BooleanJson.PropertyBoolAsStringProperty);
    [Scenario] public Task Encode_Boolean_Property_trueUpper() => Echoes((http, body) => Booleans(http).PropertyTrueUpperAsync(body), BooleanJson.PropertyBoolAsStringProperty);
    [Scenario] public Task Encode_Boolean_Property_falseLower() => Echoes((http, body) => Booleans(http).PropertyFalseLowerAsync(body), BooleanJson.PropertyBoolAsStringProperty);
    [Scenario] public Task Encode_Boolean_Property_falseMixed() => Echoes((http, body) => Booleans(http).PropertyFalseMixedAsync(body), BooleanJson.PropertyBoolAsStringProperty);

    [Scenario] public Task Encode_Numeric_Property_safeintAsString() => Echoes((http, body) => Numbers(http).PropertySafeintAsStringAsync(body), NumericJson.PropertySafeintAsStringProperty);
    [Scenario] public Task Encode_Numeric_Property_uint32AsStringOptional() => Echoes((http, body) => Numbers(http).PropertyUint32AsStringOptionalAsync(body), NumericJson.PropertyUint32AsStringProperty);
    [Scenario] public Task Encode_Numeric_Property_uint8AsString() => Echoes((http, body) => Numbers(http).PropertyUint8AsStringAsync(body), NumericJson.PropertyUint8AsStringProperty);

    [Scenario] public Task Encode_Array_Property_commaDelimited() => Echoes((http, body) => Arrays(http).PropertyCommaDelimitedAsync(body), ArrayJson.CommaDelimitedArrayProperty);
    [Scenario] public Task Encode_Array_Property_spaceDelimited() => Echoes((http, body) => Arrays(http).PropertySpaceDelimitedAsync(body), ArrayJson.SpaceDelimitedArrayProperty);
    [Scenario] public Task Encode_Array_Property_pipeDelimited() => Echoes((http, body) => Arrays(http).PropertyPipeDelimitedAsync(body), ArrayJson.PipeDelimitedArrayProperty);
    [Scenario] public Task Encode_Array_Property_newlineDelimited() => Echoes((http, body) => Arrays(http).PropertyNewlineDelimitedAsync(body), ArrayJson.NewlineDelimitedArrayProperty);
    [Scenario] public Task Encode_Array_Property_enumCommaDelimited() => Echoes((http, body) => Arrays(http).PropertyEnumCommaDelimitedAsync(body), ArrayJson.CommaDelimitedEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_enumSpaceDelimited() => Echoes((http, body) => Arrays(http).PropertyEnumSpaceDelimitedAsync(body), ArrayJson.SpaceDelimitedEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_enumPipeDelimited() => Echoes((http, body) => Arrays(http).PropertyEnumPipeDelimitedAsync(body), ArrayJson.PipeDelimitedEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_enumNewlineDelimited() => Echoes((http, body) => Arrays(http).PropertyEnumNewlineDelimitedAsync(body), ArrayJson.NewlineDelimitedEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_extensibleEnumCommaDelimited() => Echoes((http, body) => Arrays(http).PropertyExtensibleEnumCommaDelimitedAsync(body), ArrayJson.CommaDelimitedExtensibleEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_extensibleEnumSpaceDelimited() => Echoes((http, body) => Arrays(http).PropertyExtensibleEnumSpaceDelimitedAsync(body), ArrayJson.SpaceDelimitedExtensibleEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_extensibleEnumPipeDelimited() => Echoes((http, body) => Arrays(http).PropertyExtensibleEnumPipeDelimitedAsync(body), ArrayJson.PipeDelimitedExtensibleEnumArrayProperty);
    [Scenario] public Task Encode_Array_Property_extensibleEnumNewlineDelimited() => Echoes((http, body) => Arrays(http).PropertyExtensibleEnumNewlineDelimitedAsync(body), ArrayJson.NewlineDelimitedExtensibleEnumArrayProperty);
}
