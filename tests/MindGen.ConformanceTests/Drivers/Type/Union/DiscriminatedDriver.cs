using Conformance.Infrastructure;
using Conformance.Type.Union.Discriminated;

namespace Conformance.Drivers.Type.Union;

/// <summary>
/// Discriminated unions, with the value in an envelope or inline, the discriminator's name default or custom: each
/// case read (the default, then the one a query parameter asks for) and sent.
/// </summary>
public sealed class DiscriminatedDriver(Spector spector) : Driver(spector)
{
    private static DiscriminatedJsonContext Json => DiscriminatedJsonContext.Default;

    private static DiscriminatedClient Client(HttpClient http) => new(http);

    [Scenario]
    public Task Type_Union_Discriminated_Envelope_Object_CustomProperties_get() => Run(async http =>
    {
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_Envelope_Object_CustomProperties_get)), await Client(http).CustomPropertiesGetAsync(), Json.PetWithCustomNames);
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_Envelope_Object_CustomProperties_get), 1), await Client(http).CustomPropertiesGetAsync("dog"), Json.PetWithCustomNames);
    });

    [Scenario]
    public Task Type_Union_Discriminated_Envelope_Object_Default_get() => Run(async http =>
    {
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_Envelope_Object_Default_get)), await Client(http).DefaultGetAsync(), Json.PetWithEnvelope);
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_Envelope_Object_Default_get), 1), await Client(http).DefaultGetAsync("dog"), Json.PetWithEnvelope);
    });

    [Scenario]
    public Task Type_Union_Discriminated_NoEnvelope_CustomDiscriminator_get() => Run(async http =>
    {
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_NoEnvelope_CustomDiscriminator_get)), await Client(http).CustomDiscriminatorGetAsync(), Json.PetInlineWithCustomDiscriminator);
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_NoEnvelope_CustomDiscriminator_get), 1), await Client(http).CustomDiscriminatorGetAsync("dog"), Json.PetInlineWithCustomDiscriminator);
    });

    [Scenario]
    public Task Type_Union_Discriminated_NoEnvelope_Default_get() => Run(async http =>
    {
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_NoEnvelope_Default_get)), await Client(http).DefaultGet2Async(), Json.PetInline);
        AssertRead(ScenarioDocs.Body(nameof(Type_Union_Discriminated_NoEnvelope_Default_get), 1), await Client(http).DefaultGet2Async("dog"), Json.PetInline);
    });

    [Scenario] public Task Type_Union_Discriminated_Envelope_Object_CustomProperties_put() => Echoes((http, body) => Client(http).CustomPropertiesPutAsync(body), Json.PetWithCustomNames);
    [Scenario] public Task Type_Union_Discriminated_Envelope_Object_Default_put() => Echoes((http, body) => Client(http).DefaultPutAsync(body), Json.PetWithEnvelope);
    [Scenario] public Task Type_Union_Discriminated_NoEnvelope_CustomDiscriminator_put() => Echoes((http, body) => Client(http).CustomDiscriminatorPutAsync(body), Json.PetInlineWithCustomDiscriminator);
    [Scenario] public Task Type_Union_Discriminated_NoEnvelope_Default_put() => Echoes((http, body) => Client(http).DefaultPut2Async(body), Json.PetInline);
}
