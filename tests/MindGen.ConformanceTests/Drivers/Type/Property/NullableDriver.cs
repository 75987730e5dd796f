using Conformance.Infrastructure;
using Conformance.Type.Property.Nullable;

namespace Conformance.Drivers.Type.Property;

public sealed class NullableDriver(Spector spector) : Driver(spector)
{
    private static NullableJsonContext Json => NullableJsonContext.Default;

    private static NullableClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Property_Nullable_Bytes_getNonNull() => Reads(http => Client(http).BytesGetNonNullAsync(), Json.BytesProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"aGVsbG8sIHdvcmxkIQ==\"}");
    [Scenario] public Task Type_Property_Nullable_Bytes_patchNonNull() => Sends((http, body) => Client(http).BytesPatchNonNullAsync(body), Json.BytesProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"aGVsbG8sIHdvcmxkIQ==\"}");
    [Scenario] public Task Type_Property_Nullable_Bytes_getNull() => Reads(http => Client(http).BytesGetNullAsync(), Json.BytesProperty);
    [Scenario] public Task Type_Property_Nullable_Bytes_patchNull() => Sends((http, body) => Client(http).BytesPatchNullAsync(body), Json.BytesProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsByte_getNonNull() => Reads(http => Client(http).CollectionsByteGetNonNullAsync(), Json.CollectionsByteProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": [\"aGVsbG8sIHdvcmxkIQ==\", \"aGVsbG8sIHdvcmxkIQ==\"]}");
    [Scenario] public Task Type_Property_Nullable_CollectionsByte_patchNonNull() => Sends((http, body) => Client(http).CollectionsBytePatchNonNullAsync(body), Json.CollectionsByteProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": [\"aGVsbG8sIHdvcmxkIQ==\", \"aGVsbG8sIHdvcmxkIQ==\"]}");
    [Scenario] public Task Type_Property_Nullable_CollectionsByte_getNull() => Reads(http => Client(http).CollectionsByteGetNullAsync(), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsByte_patchNull() => Sends((http, body) => Client(http).CollectionsBytePatchNullAsync(body), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsModel_getNonNull() => Reads(http => Client(http).CollectionsModelGetNonNullAsync(), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsModel_patchNonNull() => Sends((http, body) => Client(http).CollectionsModelPatchNonNullAsync(body), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsModel_getNull() => Reads(http => Client(http).CollectionsModelGetNullAsync(), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsModel_patchNull() => Sends((http, body) => Client(http).CollectionsModelPatchNullAsync(body), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsString_getNonNull() => Reads(http => Client(http).CollectionsStringGetNonNullAsync(), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsString_patchNonNull() => Sends((http, body) => Client(http).CollectionsStringPatchNonNullAsync(body), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsString_getNull() => Reads(http => Client(http).CollectionsStringGetNullAsync(), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_Nullable_CollectionsString_patchNull() => Sends((http, body) => Client(http).CollectionsStringPatchNullAsync(body), Json.CollectionsStringProperty);
    [Scenario] public Task Type_Property_Nullable_Datetime_getNonNull() => Reads(http => Client(http).DatetimeGetNonNullAsync(), Json.DatetimeProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"2022-08-26T18:38:00Z\"}");
    [Scenario] public Task Type_Property_Nullable_Datetime_patchNonNull() => Sends((http, body) => Client(http).DatetimePatchNonNullAsync(body), Json.DatetimeProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"2022-08-26T18:38:00Z\"}");
    [Scenario] public Task Type_Property_Nullable_Datetime_getNull() => Reads(http => Client(http).DatetimeGetNullAsync(), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Nullable_Datetime_patchNull() => Sends((http, body) => Client(http).DatetimePatchNullAsync(body), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Nullable_Duration_getNonNull() => Reads(http => Client(http).DurationGetNonNullAsync(), Json.DurationProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"P123DT22H14M12.011S\"}");
    [Scenario] public Task Type_Property_Nullable_Duration_patchNonNull() => Sends((http, body) => Client(http).DurationPatchNonNullAsync(body), Json.DurationProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"P123DT22H14M12.011S\"}");
    [Scenario] public Task Type_Property_Nullable_Duration_getNull() => Reads(http => Client(http).DurationGetNullAsync(), Json.DurationProperty);
    [Scenario] public Task Type_Property_Nullable_Duration_patchNull() => Sends((http, body) => Client(http).DurationPatchNullAsync(body), Json.DurationProperty);
    [Scenario] public Task Type_Property_Nullable_String_getNonNull() => Reads(http => Client(http).StringGetNonNullAsync(), Json.StringProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"hello\"}");
    [Scenario] public Task Type_Property_Nullable_String_patchNonNull() => Sends((http, body) => Client(http).StringPatchNonNullAsync(body), Json.StringProperty, "{\"requiredProperty\": \"foo\", \"nullableProperty\": \"hello\"}");
    [Scenario] public Task Type_Property_Nullable_String_getNull() => Reads(http => Client(http).StringGetNullAsync(), Json.StringProperty);
    [Scenario] public Task Type_Property_Nullable_String_patchNull() => Sends((http, body) => Client(http).StringPatchNullAsync(body), Json.StringProperty);
}
