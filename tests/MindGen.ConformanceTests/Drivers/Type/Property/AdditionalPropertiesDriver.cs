using Conformance.Infrastructure;
using Conformance.Type.Property.AdditionalProperties;

namespace Conformance.Drivers.Type.Property;

public sealed class AdditionalPropertiesDriver(Spector spector) : Driver(spector)
{
    private static AdditionalPropertiesJsonContext Json => AdditionalPropertiesJsonContext.Default;

    private static AdditionalPropertiesClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadFloat_get() => Reads(http => Client(http).ExtendsDifferentSpreadFloatGetAsync(), Json.DifferentSpreadFloatDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadFloat_put() => Sends((http, body) => Client(http).ExtendsDifferentSpreadFloatPutAsync(body), Json.DifferentSpreadFloatDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadModel_get() => Reads(http => Client(http).ExtendsDifferentSpreadModelGetAsync(), Json.DifferentSpreadModelDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadModel_put() => Sends((http, body) => Client(http).ExtendsDifferentSpreadModelPutAsync(body), Json.DifferentSpreadModelDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadModelArray_get() => Reads(http => Client(http).ExtendsDifferentSpreadModelArrayGetAsync(), Json.DifferentSpreadModelArrayDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadModelArray_put() => Sends((http, body) => Client(http).ExtendsDifferentSpreadModelArrayPutAsync(body), Json.DifferentSpreadModelArrayDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadString_get() => Reads(http => Client(http).ExtendsDifferentSpreadStringGetAsync(), Json.DifferentSpreadStringDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsDifferentSpreadString_put() => Sends((http, body) => Client(http).ExtendsDifferentSpreadStringPutAsync(body), Json.DifferentSpreadStringDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsFloat_get() => Reads(http => Client(http).ExtendsFloatGetAsync(), Json.ExtendsFloatAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsFloat_put() => Sends((http, body) => Client(http).ExtendsFloatPutAsync(body), Json.ExtendsFloatAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsModel_get() => Reads(http => Client(http).ExtendsModelGetAsync(), Json.ExtendsModelAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsModel_put() => Sends((http, body) => Client(http).ExtendsModelPutAsync(body), Json.ExtendsModelAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsModelArray_get() => Reads(http => Client(http).ExtendsModelArrayGetAsync(), Json.ExtendsModelArrayAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsModelArray_put() => Sends((http, body) => Client(http).ExtendsModelArrayPutAsync(body), Json.ExtendsModelArrayAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsString_get() => Reads(http => Client(http).ExtendsStringGetAsync(), Json.ExtendsStringAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsString_put() => Sends((http, body) => Client(http).ExtendsStringPutAsync(body), Json.ExtendsStringAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknown_get() => Reads(http => Client(http).ExtendsUnknownGetAsync(), Json.ExtendsUnknownAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknown_put() => Sends((http, body) => Client(http).ExtendsUnknownPutAsync(body), Json.ExtendsUnknownAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknownDerived_get() => Reads(http => Client(http).ExtendsUnknownDerivedGetAsync(), Json.ExtendsUnknownAdditionalPropertiesDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknownDerived_put() => Sends((http, body) => Client(http).ExtendsUnknownDerivedPutAsync(body), Json.ExtendsUnknownAdditionalPropertiesDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknownDiscriminated_get() => Reads(http => Client(http).ExtendsUnknownDiscriminatedGetAsync(), Json.ExtendsUnknownAdditionalPropertiesDiscriminated);
    [Scenario] public Task Type_Property_AdditionalProperties_ExtendsUnknownDiscriminated_put() => Sends((http, body) => Client(http).ExtendsUnknownDiscriminatedPutAsync(body), Json.ExtendsUnknownAdditionalPropertiesDiscriminated);
    [Scenario] public Task Type_Property_AdditionalProperties_IsFloat_get() => Reads(http => Client(http).IsFloatGetAsync(), Json.IsFloatAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsFloat_put() => Sends((http, body) => Client(http).IsFloatPutAsync(body), Json.IsFloatAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsModel_get() => Reads(http => Client(http).IsModelGetAsync(), Json.IsModelAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsModel_put() => Sends((http, body) => Client(http).IsModelPutAsync(body), Json.IsModelAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsModelArray_get() => Reads(http => Client(http).IsModelArrayGetAsync(), Json.IsModelArrayAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsModelArray_put() => Sends((http, body) => Client(http).IsModelArrayPutAsync(body), Json.IsModelArrayAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknown_get() => Reads(http => Client(http).IsUnknownGetAsync(), Json.IsUnknownAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknown_put() => Sends((http, body) => Client(http).IsUnknownPutAsync(body), Json.IsUnknownAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknownDerived_get() => Reads(http => Client(http).IsUnknownDerivedGetAsync(), Json.IsUnknownAdditionalPropertiesDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknownDerived_put() => Sends((http, body) => Client(http).IsUnknownDerivedPutAsync(body), Json.IsUnknownAdditionalPropertiesDerived);
    [Scenario] public Task Type_Property_AdditionalProperties_IsString_get() => Reads(http => Client(http).IsStringGetAsync(), Json.IsStringAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsString_put() => Sends((http, body) => Client(http).IsStringPutAsync(body), Json.IsStringAdditionalProperties);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknownDiscriminated_get() => Reads(http => Client(http).IsUnknownDiscriminatedGetAsync(), Json.IsUnknownAdditionalPropertiesDiscriminated);
    [Scenario] public Task Type_Property_AdditionalProperties_IsUnknownDiscriminated_put() => Sends((http, body) => Client(http).IsUnknownDiscriminatedPutAsync(body), Json.IsUnknownAdditionalPropertiesDiscriminated);
    [Scenario] public Task Type_Property_AdditionalProperties_MultipleSpread_get() => Reads(http => Client(http).MultipleSpreadGetAsync(), Json.MultipleSpreadRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_MultipleSpread_put() => Sends((http, body) => Client(http).MultipleSpreadPutAsync(body), Json.MultipleSpreadRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentFloat_get() => Reads(http => Client(http).SpreadDifferentFloatGetAsync(), Json.DifferentSpreadFloatRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentFloat_put() => Sends((http, body) => Client(http).SpreadDifferentFloatPutAsync(body), Json.DifferentSpreadFloatRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentModel_get() => Reads(http => Client(http).SpreadDifferentModelGetAsync(), Json.DifferentSpreadModelRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentModel_put() => Sends((http, body) => Client(http).SpreadDifferentModelPutAsync(body), Json.DifferentSpreadModelRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentModelArray_get() => Reads(http => Client(http).SpreadDifferentModelArrayGetAsync(), Json.DifferentSpreadModelArrayRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentModelArray_put() => Sends((http, body) => Client(http).SpreadDifferentModelArrayPutAsync(body), Json.DifferentSpreadModelArrayRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentString_get() => Reads(http => Client(http).SpreadDifferentStringGetAsync(), Json.DifferentSpreadStringRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadDifferentString_put() => Sends((http, body) => Client(http).SpreadDifferentStringPutAsync(body), Json.DifferentSpreadStringRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadFloat_get() => Reads(http => Client(http).SpreadFloatGetAsync(), Json.SpreadFloatRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadFloat_put() => Sends((http, body) => Client(http).SpreadFloatPutAsync(body), Json.SpreadFloatRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadModel_get() => Reads(http => Client(http).SpreadModelGetAsync(), Json.SpreadModelRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadModel_put() => Sends((http, body) => Client(http).SpreadModelPutAsync(body), Json.SpreadModelRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadModelArray_get() => Reads(http => Client(http).SpreadModelArrayGetAsync(), Json.SpreadModelArrayRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadModelArray_put() => Sends((http, body) => Client(http).SpreadModelArrayPutAsync(body), Json.SpreadModelArrayRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion_get() => Reads(http => Client(http).SpreadRecordNonDiscriminatedUnionGetAsync(), Json.SpreadRecordForNonDiscriminatedUnion);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion_put() => Sends((http, body) => Client(http).SpreadRecordNonDiscriminatedUnionPutAsync(body), Json.SpreadRecordForNonDiscriminatedUnion);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion2_get() => Reads(http => Client(http).SpreadRecordNonDiscriminatedUnion2GetAsync(), Json.SpreadRecordForNonDiscriminatedUnion2);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion2_put() => Sends((http, body) => Client(http).SpreadRecordNonDiscriminatedUnion2PutAsync(body), Json.SpreadRecordForNonDiscriminatedUnion2);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion3_get() => Reads(http => Client(http).SpreadRecordNonDiscriminatedUnion3GetAsync(), Json.SpreadRecordForNonDiscriminatedUnion3, "{\"name\": \"abc\", \"prop1\": [{\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\"}, {\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\"}], \"prop2\": {\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\", \"end\": \"2021-01-02T00:00:00Z\"}}");
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordNonDiscriminatedUnion3_put() => Sends((http, body) => Client(http).SpreadRecordNonDiscriminatedUnion3PutAsync(body), Json.SpreadRecordForNonDiscriminatedUnion3, "{\"name\": \"abc\", \"prop1\": [{\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\"}, {\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\"}], \"prop2\": {\"kind\": \"kind1\", \"start\": \"2021-01-01T00:00:00Z\", \"end\": \"2021-01-02T00:00:00Z\"}}");
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadString_get() => Reads(http => Client(http).SpreadStringGetAsync(), Json.SpreadStringRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadString_put() => Sends((http, body) => Client(http).SpreadStringPutAsync(body), Json.SpreadStringRecord);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordUnion_get() => Reads(http => Client(http).SpreadRecordUnionGetAsync(), Json.SpreadRecordForUnion);
    [Scenario] public Task Type_Property_AdditionalProperties_SpreadRecordUnion_put() => Sends((http, body) => Client(http).SpreadRecordUnionPutAsync(body), Json.SpreadRecordForUnion);
}
