using Conformance.Infrastructure;
using Basic = Conformance.Parameters.Basic;
using BodyOptionality = Conformance.Parameters.BodyOptionality;
using BodyRoot = Conformance.Parameters.BodyRoot;

namespace Conformance.Drivers.Parameters;

/// <summary>Request bodies: explicit and implicit, required and optional (an omitted one sends no body and no Content-Type).</summary>
public sealed class BodyDriver(Spector spector) : Driver(spector)
{
    private static Basic.BasicClient Plain(HttpClient http) => new(http);

    private static BodyOptionality.BodyOptionalityClient Optional(HttpClient http) => new(http);

    private static BodyRoot.BodyRootClient Root(HttpClient http) => new(http);

    [Scenario] public Task Parameters_Basic_ExplicitBody_simple() => Sends((http, body) => Plain(http).ExplicitBodySimpleAsync(body), Basic.BasicJsonContext.Default.ExplicitBodyUser);
    [Scenario] public Task Parameters_Basic_ImplicitBody_simple() => Sends((http, body) => Plain(http).ImplicitBodySimpleAsync(body), Basic.BasicJsonContext.Default.ImplicitBodySimpleRequest);
    [Scenario] public Task Parameters_BodyOptionality_requiredExplicit() => Sends((http, body) => Optional(http).RequiredExplicitAsync(body), BodyOptionality.BodyOptionalityJsonContext.Default.BodyModel);
    [Scenario] public Task Parameters_BodyOptionality_requiredImplicit() => Sends((http, body) => Optional(http).RequiredImplicitAsync(body), BodyOptionality.BodyOptionalityJsonContext.Default.BodyModel);
    [Scenario] public Task Parameters_BodyRoot_nested() => Sends((http, body) => Root(http).NestedAsync(body), BodyRoot.BodyRootJsonContext.Default.BodyRootModel);

    [Scenario]
    public Task Parameters_BodyOptionality_OptionalExplicit() => Run(async http =>
    {
        await Optional(http).OptionalExplicitSetAsync(new BodyOptionality.BodyModel { Name = "foo" });
        await Optional(http).OptionalExplicitOmitAsync(null);
    });
}
