using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MindGen.Cli.Commands;
using MindGen.Cli.Mocking;

namespace MindGen.Cli.Tests;

/// <summary><c>mindgen mock</c>: a spec's fake over HTTP on 127.0.0.1, called as any HTTP client would.</summary>
public sealed class MockTests
{
    private const string Pets = """
        openapi: 3.0.3
        info: { title: Pets, version: '1' }
        paths:
          /pets:
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/NewPet' }
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
          /pets/{petId}:
            get:
              operationId: getPet
              parameters:
                - { name: petId, in: path, required: true, schema: { type: integer, format: int32 } }
                - { name: fields, in: query, schema: { type: array, items: { type: string, enum: [name, age] } } }
              responses:
                '200':
                  description: The pet
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
                      example: { id: 7, name: Rex }
                '404':
                  description: No such pet
                  content:
                    application/problem+json:
                      schema: { type: object, properties: { title: { type: string } } }
        components:
          schemas:
            NewPet:
              type: object
              required: [name]
              properties:
                name: { type: string }
                age: { type: integer }
            Pet:
              type: object
              required: [id, name]
              properties:
                id: { type: integer }
                name: { type: string }
        """;

    [Fact]
    public async Task An_operation_answers_with_the_specs_example_or_a_body_its_schema_allows()
    {
        await using Mock mock = await Mock.StartAsync(Pets);

        using HttpResponseMessage pet = await mock.Http.GetAsync("pets/7?fields=name&fields=age");
        using HttpResponseMessage created = await mock.Http.PostAsync("pets", Json("""{"name":"Rex","age":3}"""));

        Assert.Equal(HttpStatusCode.OK, pet.StatusCode);
        Assert.Equal("""{"id":7,"name":"Rex"}""", await pet.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("""{"id":0,"name":""}""", await created.Content.ReadAsStringAsync());
        Assert.Contains("GET /pets/7?fields=name&fields=age → 200", mock.Log);
    }

    [Theory]
    [InlineData("GET", "pets/seven", null, "GET /pets/{petId} (getPet in pets.yaml): the path parameter 'petId' must be an integer (int32); it was 'seven'.")]
    [InlineData("GET", "pets/7?fields=color", null, "GET /pets/{petId} (getPet in pets.yaml): the query parameter 'fields' must be one of 'name', 'age'; it was 'color'.")]
    [InlineData("POST", "pets", """{"age":"three"}""", "POST /pets (createPet in pets.yaml): the request body does not match its schema: $.name: the required property 'name' is missing; $.age: integer expected ('age').")]
    [InlineData("POST", "pets", null, "POST /pets (createPet in pets.yaml): the request body (NewPet) is required and was not sent.")]
    [InlineData("PUT", "pets/7", null, "PUT /pets/7: pets.yaml has no PUT operation on /pets/{petId}; it has GET.")]
    public async Task A_request_the_spec_does_not_allow_is_answered_400_with_the_reason(string method, string path, string? body, string reason)
    {
        await using Mock mock = await Mock.StartAsync(Pets);

        using HttpResponseMessage response = await mock.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : Json(body) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public void The_command_is_listed_with_its_port_option()
    {
        (int exitCode, string output, _) = CommandLine.Run("mock", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--port", output);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The mock of a spec written to a temporary folder, on a free port, with a client addressed to it.</summary>
    private sealed class Mock : IAsyncDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly StringWriter _log = new();
        private MockServer? _server;

        public HttpClient Http { get; private set; } = null!;

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public static Task<Mock> StartAsync(string spec)
        {
            var mock = new Mock();
            string path = mock._folder.PathOf("pets.yaml");
            File.WriteAllText(path, spec);
            mock._server = MockCommand.Start(new CliConsole(mock._log, TextWriter.Null), path, FreePort());
            mock.Http = new HttpClient { BaseAddress = mock._server.Root };
            return Task.FromResult(mock);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await _server!.DisposeAsync();
            _folder.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
