using Conformance.Infrastructure;
using Conformance.Type.Property.Optionality;

namespace Conformance.Drivers.Type.Property;

public sealed class OptionalityDriver(Spector spector) : Driver(spector)
{
    private static OptionalityJsonContext Json => OptionalityJsonContext.Default;

    private static OptionalityClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Property_Optional_BooleanLiteral_getAll() => Reads(http => Client(http).BooleanLiteralGetAllAsync(), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_Optional_BooleanLiteral_putAll() => Sends((http, body) => Client(http).BooleanLiteralPutAllAsync(body), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_Optional_BooleanLiteral_getDefault() => Reads(http => Client(http).BooleanLiteralGetDefaultAsync(), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_Optional_BooleanLiteral_putDefault() => Sends((http, body) => Client(http).BooleanLiteralPutDefaultAsync(body), Json.BooleanLiteralProperty);
    [Scenario] public Task Type_Property_Optional_Bytes_getAll() => Reads(http => Client(http).BytesGetAllAsync(), Json.BytesProperty);
    [Scenario] public Task Type_Property_Optional_Bytes_putAll() => Sends((http, body) => Client(http).BytesPutAllAsync(body), Json.BytesProperty);
    [Scenario] public Task Type_Property_Optional_Bytes_getDefault() => Reads(http => Client(http).BytesGetDefaultAsync(), Json.BytesProperty);
    [Scenario] public Task Type_Property_Optional_Bytes_putDefault() => Sends((http, body) => Client(http).BytesPutDefaultAsync(body), Json.BytesProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsByte_getAll() => Reads(http => Client(http).CollectionsByteGetAllAsync(), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsByte_putAll() => Sends((http, body) => Client(http).CollectionsBytePutAllAsync(body), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsByte_getDefault() => Reads(http => Client(http).CollectionsByteGetDefaultAsync(), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsByte_putDefault() => Sends((http, body) => Client(http).CollectionsBytePutDefaultAsync(body), Json.CollectionsByteProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsModel_getAll() => Reads(http => Client(http).CollectionsModelGetAllAsync(), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsModel_putAll() => Sends((http, body) => Client(http).CollectionsModelPutAllAsync(body), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsModel_getDefault() => Reads(http => Client(http).CollectionsModelGetDefaultAsync(), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Optional_CollectionsModel_putDefault() => Sends((http, body) => Client(http).CollectionsModelPutDefaultAsync(body), Json.CollectionsModelProperty);
    [Scenario] public Task Type_Property_Optional_Datetime_getAll() => Reads(http => Client(http).DatetimeGetAllAsync(), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Optional_Datetime_putAll() => Sends((http, body) => Client(http).DatetimePutAllAsync(body), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Optional_Datetime_getDefault() => Reads(http => Client(http).DatetimeGetDefaultAsync(), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Optional_Datetime_putDefault() => Sends((http, body) => Client(http).DatetimePutDefaultAsync(body), Json.DatetimeProperty);
    [Scenario] public Task Type_Property_Optional_Duration_getAll() => Reads(http => Client(http).DurationGetAllAsync(), Json.DurationProperty);
    [Scenario] public Task Type_Property_Optional_Duration_putAll() => Sends((http, body) => Client(http).DurationPutAllAsync(body), Json.DurationProperty);
    [Scenario] public Task Type_Property_Optional_Duration_getDefault() => Reads(http => Client(http).DurationGetDefaultAsync(), Json.DurationProperty);
    [Scenario] public Task Type_Property_Optional_Duration_putDefault() => Sends((http, body) => Client(http).DurationPutDefaultAsync(body), Json.DurationProperty);
    [Scenario] public Task Type_Property_Optional_FloatLiteral_getAll() => Reads(http => Client(http).FloatLiteralGetAllAsync(), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_FloatLiteral_putAll() => Sends((http, body) => Client(http).FloatLiteralPutAllAsync(body), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_FloatLiteral_getDefault() => Reads(http => Client(http).FloatLiteralGetDefaultAsync(), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_FloatLiteral_putDefault() => Sends((http, body) => Client(http).FloatLiteralPutDefaultAsync(body), Json.FloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_IntLiteral_getAll() => Reads(http => Client(http).IntLiteralGetAllAsync(), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_IntLiteral_putAll() => Sends((http, body) => Client(http).IntLiteralPutAllAsync(body), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_IntLiteral_getDefault() => Reads(http => Client(http).IntLiteralGetDefaultAsync(), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_IntLiteral_putDefault() => Sends((http, body) => Client(http).IntLiteralPutDefaultAsync(body), Json.IntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_PlainDate_getAll() => Reads(http => Client(http).PlainDateGetAllAsync(), Json.PlainDateProperty);
    [Scenario] public Task Type_Property_Optional_PlainDate_putAll() => Sends((http, body) => Client(http).PlainDatePutAllAsync(body), Json.PlainDateProperty);
    [Scenario] public Task Type_Property_Optional_PlainDate_getDefault() => Reads(http => Client(http).PlainDateGetDefaultAsync(), Json.PlainDateProperty);
    [Scenario] public Task Type_Property_Optional_PlainDate_putDefault() => Sends((http, body) => Client(http).PlainDatePutDefaultAsync(body), Json.PlainDateProperty);
    [Scenario] public Task Type_Property_Optional_PlainTime_getAll() => Reads(http => Client(http).PlainTimeGetAllAsync(), Json.PlainTimeProperty);
    [Scenario] public Task Type_Property_Optional_PlainTime_putAll() => Sends((http, body) => Client(http).PlainTimePutAllAsync(body), Json.PlainTimeProperty);
    [Scenario] public Task Type_Property_Optional_PlainTime_getDefault() => Reads(http => Client(http).PlainTimeGetDefaultAsync(), Json.PlainTimeProperty);
    [Scenario] public Task Type_Property_Optional_PlainTime_putDefault() => Sends((http, body) => Client(http).PlainTimePutDefaultAsync(body), Json.PlainTimeProperty);
    [Scenario] public Task Type_Property_Optional_RequiredAndOptional_getAll() => Reads(http => Client(http).RequiredAndOptionalGetAllAsync(), Json.RequiredAndOptionalProperty);
    [Scenario] public Task Type_Property_Optional_RequiredAndOptional_putAll() => Sends((http, body) => Client(http).RequiredAndOptionalPutAllAsync(body), Json.RequiredAndOptionalProperty);
    [Scenario] public Task Type_Property_Optional_RequiredAndOptional_getRequiredOnly() => Reads(http => Client(http).RequiredAndOptionalGetRequiredOnlyAsync(), Json.RequiredAndOptionalProperty);
    [Scenario] public Task Type_Property_Optional_RequiredAndOptional_putRequiredOnly() => Sends((http, body) => Client(http).RequiredAndOptionalPutRequiredOnlyAsync(body), Json.RequiredAndOptionalProperty);
    [Scenario] public Task Type_Property_Optional_String_getAll() => Reads(http => Client(http).StringGetAllAsync(), Json.StringProperty);
    [Scenario] public Task Type_Property_Optional_String_putAll() => Sends((http, body) => Client(http).StringPutAllAsync(body), Json.StringProperty);
    [Scenario] public Task Type_Property_Optional_String_getDefault() => Reads(http => Client(http).StringGetDefaultAsync(), Json.StringProperty);
    [Scenario] public Task Type_Property_Optional_String_putDefault() => Sends((http, body) => Client(http).StringPutDefaultAsync(body), Json.StringProperty);
    [Scenario] public Task Type_Property_Optional_StringLiteral_getAll() => Reads(http => Client(http).StringLiteralGetAllAsync(), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_StringLiteral_putAll() => Sends((http, body) => Client(http).StringLiteralPutAllAsync(body), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_StringLiteral_getDefault() => Reads(http => Client(http).StringLiteralGetDefaultAsync(), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_StringLiteral_putDefault() => Sends((http, body) => Client(http).StringLiteralPutDefaultAsync(body), Json.StringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionFloatLiteral_getAll() => Reads(http => Client(http).UnionFloatLiteralGetAllAsync(), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionFloatLiteral_putAll() => Sends((http, body) => Client(http).UnionFloatLiteralPutAllAsync(body), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionFloatLiteral_getDefault() => Reads(http => Client(http).UnionFloatLiteralGetDefaultAsync(), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionFloatLiteral_putDefault() => Sends((http, body) => Client(http).UnionFloatLiteralPutDefaultAsync(body), Json.UnionFloatLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionIntLiteral_getAll() => Reads(http => Client(http).UnionIntLiteralGetAllAsync(), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionIntLiteral_putAll() => Sends((http, body) => Client(http).UnionIntLiteralPutAllAsync(body), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionIntLiteral_getDefault() => Reads(http => Client(http).UnionIntLiteralGetDefaultAsync(), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionIntLiteral_putDefault() => Sends((http, body) => Client(http).UnionIntLiteralPutDefaultAsync(body), Json.UnionIntLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionStringLiteral_getAll() => Reads(http => Client(http).UnionStringLiteralGetAllAsync(), Json.UnionStringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionStringLiteral_putAll() => Sends((http, body) => Client(http).UnionStringLiteralPutAllAsync(body), Json.UnionStringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionStringLiteral_getDefault() => Reads(http => Client(http).UnionStringLiteralGetDefaultAsync(), Json.UnionStringLiteralProperty);
    [Scenario] public Task Type_Property_Optional_UnionStringLiteral_putDefault() => Sends((http, body) => Client(http).UnionStringLiteralPutDefaultAsync(body), Json.UnionStringLiteralProperty);
}
