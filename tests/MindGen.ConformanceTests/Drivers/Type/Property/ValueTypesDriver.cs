using Conformance.Infrastructure;
using Conformance.Type.Property.ValueTypes;

namespace Conformance.Drivers.Type.Property;

public sealed class ValueTypesDriver(Spector spector) : Driver(spector)
{
    private static ValueTypesJsonContext Json => ValueTypesJsonContext.Default;

    private static ValueTypesClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Property_ValueTypes_Boolean_get() => Reads(http => Client(http).BooleanGetAsync(), Json.BooleanProperty);
    [Scenario] public Task Type_Property_ValueTypes_Boolean_put() => Sends((http, body) => Client(http).BooleanPutAsync(body), Json.BooleanProperty);
    [Scenario] public Task Type_Property_ValueTypes_BooleanLiteral_get() => Reads(http => Client(http).BooleanLiteralGetAsync(), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_BooleanLiteral_put() => Sends((http, body) => Client(http).BooleanLiteralPutAsync(body), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_Bytes_get() => Reads(http => Client(http).BytesGetAsync(), Json.BytesProperty, "{\"property\": \"aGVsbG8sIHdvcmxkIQ==\"}");
    [Scenario] public Task Type_Property_ValueTypes_Bytes_put() => Sends((http, body) => Client(http).BytesPutAsync(body), Json.BytesProperty, "{\"property\": \"aGVsbG8sIHdvcmxkIQ==\"}");
    [Scenario] public Task Type_Property_ValueTypes_CollectionsInt_get() => Reads(http => Client(http).CollectionsIntGetAsync(), Json.CollectionsIntProperty);
    [Scenario] public Task Type_Property_ValueTypes_CollectionsInt_put() => Sends((http, body) => Client(http).CollectionsIntPutAsync(body), Json.CollectionsIntProperty);
    [Scenario] public Task Type_Property_ValueTypes_CollectionsModel_get() => Reads(http => Client(http).CollectionsModelGetAsync(), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_ValueTypes_CollectionsModel_put() => Sends((http, body) => Client(http).CollectionsModelPutAsync(body), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_ValueTypes_CollectionsString_get() => Reads(http => Client(http).CollectionsStringGetAsync(), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_ValueTypes_CollectionsString_put() => Sends((http, body) => Client(http).CollectionsStringPutAsync(body), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_ValueTypes_Datetime_get() => Reads(http => Client(http).DatetimeGetAsync(), Json.DatetimeProperty, "{\"property\": \"2022-08-26T18:38:00Z\"}");
    [Scenario] public Task Type_Property_ValueTypes_Datetime_put() => Sends((http, body) => Client(http).DatetimePutAsync(body), Json.DatetimeProperty, "{\"property\": \"2022-08-26T18:38:00Z\"}");
    [Scenario] public Task Type_Property_ValueTypes_Decimal_get() => Reads(http => Client(http).DecimalGetAsync(), Json.DecimalProperty);
    [Scenario] public Task Type_Property_ValueTypes_Decimal_put() => Sends((http, body) => Client(http).DecimalPutAsync(body), Json.DecimalProperty);
    [Scenario] public Task Type_Property_ValueTypes_Decimal128_get() => Reads(http => Client(http).Decimal128GetAsync(), Json.Decimal128Property);
    [Scenario] public Task Type_Property_ValueTypes_Decimal128_put() => Sends((http, body) => Client(http).Decimal128PutAsync(body), Json.Decimal128Property);
    [Scenario] public Task Type_Property_ValueTypes_DictionaryString_get() => Reads(http => Client(http).DictionaryStringGetAsync(), Json.DictionaryStringProperty);
    [Scenario] public Task Type_Property_ValueTypes_DictionaryString_put() => Sends((http, body) => Client(http).DictionaryStringPutAsync(body), Json.DictionaryStringProperty);
    [Scenario] public Task Type_Property_ValueTypes_Duration_get() => Reads(http => Client(http).DurationGetAsync(), Json.DurationProperty, "{\"property\": \"P123DT22H14M12.011S\"}");
    [Scenario] public Task Type_Property_ValueTypes_Duration_put() => Sends((http, body) => Client(http).DurationPutAsync(body), Json.DurationProperty, "{\"property\": \"P123DT22H14M12.011S\"}");
    [Scenario] public Task Type_Property_ValueTypes_Enum_get() => Reads(http => Client(http).EnumGetAsync(), Json.EnumProperty);
    [Scenario] public Task Type_Property_ValueTypes_Enum_put() => Sends((http, body) => Client(http).EnumPutAsync(body), Json.EnumProperty);
    [Scenario] public Task Type_Property_ValueTypes_ExtensibleEnum_get() => Reads(http => Client(http).ExtensibleEnumGetAsync(), Json.ExtensibleEnumProperty);
    [Scenario] public Task Type_Property_ValueTypes_ExtensibleEnum_put() => Sends((http, body) => Client(http).ExtensibleEnumPutAsync(body), Json.ExtensibleEnumProperty);
    [Scenario] public Task Type_Property_ValueTypes_Float_get() => Reads(http => Client(http).FloatGetAsync(), Json.FloatProperty);
    [Scenario] public Task Type_Property_ValueTypes_Float_put() => Sends((http, body) => Client(http).FloatPutAsync(body), Json.FloatProperty);
    [Scenario] public Task Type_Property_ValueTypes_FloatLiteral_get() => Reads(http => Client(http).FloatLiteralGetAsync(), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_FloatLiteral_put() => Sends((http, body) => Client(http).FloatLiteralPutAsync(body), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_Int_get() => Reads(http => Client(http).IntGetAsync(), Json.IntProperty);
    [Scenario] public Task Type_Property_ValueTypes_Int_put() => Sends((http, body) => Client(http).IntPutAsync(body), Json.IntProperty);
    [Scenario] public Task Type_Property_ValueTypes_IntLiteral_get() => Reads(http => Client(http).IntLiteralGetAsync(), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_IntLiteral_put() => Sends((http, body) => Client(http).IntLiteralPutAsync(body), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_Model_get() => Reads(http => Client(http).ModelGetAsync(), Json.ModelProperty);
    [Scenario] public Task Type_Property_ValueTypes_Model_put() => Sends((http, body) => Client(http).ModelPutAsync(body), Json.ModelProperty);
    [Scenario] public Task Type_Property_ValueTypes_Never_get() => Reads(http => Client(http).NeverGetAsync(), Json.JsonElement, "{}");
    [Scenario] public Task Type_Property_ValueTypes_Never_put() => Sends((http, body) => Client(http).NeverPutAsync(body), Json.JsonElement, "{}");
    [Scenario] public Task Type_Property_ValueTypes_String_get() => Reads(http => Client(http).StringGetAsync(), Json.StringProperty);
    [Scenario] public Task Type_Property_ValueTypes_String_put() => Sends((http, body) => Client(http).StringPutAsync(body), Json.StringProperty);
    [Scenario] public Task Type_Property_ValueTypes_StringLiteral_get() => Reads(http => Client(http).StringLiteralGetAsync(), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_StringLiteral_put() => Sends((http, body) => Client(http).StringLiteralPutAsync(body), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionEnumValue_get() => Reads(http => Client(http).UnionEnumValueGetAsync(), Json.UnionEnumValueProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionEnumValue_put() => Sends((http, body) => Client(http).UnionEnumValuePutAsync(body), Json.UnionEnumValueProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionFloatLiteral_get() => Reads(http => Client(http).UnionFloatLiteralGetAsync(), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionFloatLiteral_put() => Sends((http, body) => Client(http).UnionFloatLiteralPutAsync(body), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionIntLiteral_get() => Reads(http => Client(http).UnionIntLiteralGetAsync(), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionIntLiteral_put() => Sends((http, body) => Client(http).UnionIntLiteralPutAsync(body), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionStringLiteral_get() => Reads(http => Client(http).UnionStringLiteralGetAsync(), Json.UnionStringLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnionStringLiteral_put() => Sends((http, body) => Client(http).UnionStringLiteralPutAsync(body), Json.UnionStringLiteralProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownArray_get() => Reads(http => Client(http).UnknownArrayGetAsync(), Json.UnknownArrayProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownArray_put() => Sends((http, body) => Client(http).UnknownArrayPutAsync(body), Json.UnknownArrayProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownDict_get() => Reads(http => Client(http).UnknownDictGetAsync(), Json.UnknownDictProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownDict_put() => Sends((http, body) => Client(http).UnknownDictPutAsync(body), Json.UnknownDictProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownInt_get() => Reads(http => Client(http).UnknownIntGetAsync(), Json.UnknownIntProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownInt_put() => Sends((http, body) => Client(http).UnknownIntPutAsync(body), Json.UnknownIntProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownString_get() => Reads(http => Client(http).UnknownStringGetAsync(), Json.UnknownStringProperty);
    [Scenario] public Task Type_Property_ValueTypes_UnknownString_put() => Sends((http, body) => Client(http).UnknownStringPutAsync(body), Json.UnknownStringProperty);
}
