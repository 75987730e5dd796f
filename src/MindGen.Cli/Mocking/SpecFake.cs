using Microsoft.OpenApi;
using MindGen.Emit.Fake;
using MindGen.Model;
using MindGen.Templates;
using NJsonSchema;

namespace MindGen.Cli.Mocking;

/// <summary>
/// A spec's fake built at run time from its model, on the runtime the generated fakes use (the Fake templates,
/// compiled into the tool): the same routing, parameter rules, violations, examples and faults. Without generated
/// types, a call's parameters are checked and kept as values, its JSON body checked against the spec's JSON Schema.
/// </summary>
internal sealed class SpecFake : ApiFake
{
    public SpecFake(ApiDescription api, OpenApiDocument document)
        : base(api.SpecFileName)
    {
        var samples = new SampleJson(api);
        foreach (OperationModel operation in FakeResponses.RoutingOrder(api.Operations))
        {
            FakeResponse[] responses = FakeResponses.Of(operation, samples)
                .Select(response => new FakeResponse(response.Status, response.MediaType, null, response.Example, response.Sample))
                .ToArray();
            FakeStream? stream = FakeResponses.Stream(operation, samples) is { } facts
                ? new FakeStream(facts.Format, facts.MediaType, null, facts.Terminator, facts.Sample)
                : null;
            JsonSchema? body = operation.RequestBody is { Kind: BodyKind.Json } && OperationSchemas.RequestBody(document, operation) is { } schema
                ? JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult()
                : null;
            var parameters = new MockParameters(api, operation);
            Add(new FakeOperation<MockCall>(this, operation.OperationId, operation.HttpMethod, operation.PathTemplate, responses, stream, null, request => new MockCall(request, parameters, operation.RequestBody, body)));
        }
    }
}
