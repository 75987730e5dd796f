using System.Text;
using MindGen.Model;
using MindGen.Templates;
using NJsonSchema;

namespace MindGen.Cli.Mocking;

/// <summary>A call the mock received, checked: its parameters read as a generated fake reads them, its JSON body against the spec's schema.</summary>
internal sealed class MockCall : FakeCall
{
    public MockCall(FakeRequest request, MockParameters parameters, RequestBodyModel? body, JsonSchema? schema)
        : base(request)
    {
        parameters.Check(request);
        string typeName = body?.Type is ModelTypeRef model ? model.Name : "JSON";
        if (body is not null && schema is not null && request.HasJsonBody(typeName, body.IsRequired))
        {
            IReadOnlyList<string> mismatches = PayloadMismatches.Of(schema, Encoding.UTF8.GetString(request.Body!)).Select(PayloadMismatches.Describe).ToList();
            if (mismatches.Count > 0)
            {
                throw request.Violation($"the request body does not match its schema: {string.Join("; ", mismatches)}.");
            }
        }
        else if (body is { IsRequired: true } && request.Body is null)
        {
            throw request.Violation($"the request body ({typeName}) is required and was not sent.");
        }
    }
}
