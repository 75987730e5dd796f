using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MindGen.Generator.Tests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.Generator.Tests;

/// <summary>
/// The packed MindGen package, consumed from a local folder feed by fresh projects: the README's example
/// with AOT analyzers and warnings as errors, and a project with its own spec instead of Enneo's.
/// </summary>
[Collection(nameof(PackageTests))]
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Package_carries_the_generator_its_dependencies_the_spec_and_the_build_files()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(_feed.PackagePath);
        string[] entries = package.Entries.Select(entry => entry.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/MindGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.YamlReader.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SharpYaml.dll", entries);
        Assert.Contains("build/MindGen.props", entries);
        Assert.Contains("build/MindGen.targets", entries);
        Assert.Contains("specs/enneo-mind-worklog.yaml", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_readme_example_builds_with_aot_analyzers_and_reads_the_vendor_example()
    {
        string project = _feed.CreateConsumer("ReadmeConsumer", properties: "<IsAotCompatible>true</IsAotCompatible>", items: string.Empty);
        File.WriteAllText(Path.Combine(project, "Program.cs"), ReadmeExample());

        (int buildExit, string buildOutput) = _feed.Dotnet(project, "build", "-c", "Release");
        Assert.True(buildExit == 0, buildOutput);
        Assert.Contains("0 Warning(s)", buildOutput);

        await using LoopbackServer server = await StartExampleServerAsync();
        (int runExit, string runOutput) = _feed.Dotnet(project, new Dictionary<string, string> { ["ENNEO_BASE_URL"] = new Uri(server.Root, "api/mind/").AbsoluteUri }, "run", "--no-build", "-c", "Release");

        Assert.True(runExit == 0, runOutput);
        Assert.Contains(
            "551 ticket=8821 date=2024-06-12 latest=2024-06-12T09:59:00.0000000+00:00 action=closeAction user=23 conversation=331 " +
            "steps=Sent reply to customer|Closed ticket assessments=901:42|902:43 automation=2:Assisted agents=Email Assistant:0.92 " +
            "duration=480 afterWork=120 segments=1201@09:51-09:59 slaMet=True net=-1800 due=2024-06-12T10:30:00.0000000+00:00 reopened=False csat=5/5",
            runOutput);
        Assert.Contains(
            "552 ticket=8821 date=2024-06-13 latest=2024-06-13T07:45:00.0000000+00:00 action=writeAction user=23 conversation=332 " +
            "steps=Sent reply to customer assessments= automation=1:Monitor agents= duration=360 afterWork=60 segments=1215@07:39-07:45 " +
            "slaMet=True net=0 due=2024-06-13T08:30:00.0000000+00:00 reopened=False csat=/",
            runOutput);
    }

    // The selectors travel through the compiler's .editorconfig, where ';' and '#' would start a comment.
    [Fact]
    public void A_project_can_replace_the_bundled_spec_with_its_own_and_take_part_of_it()
    {
        string project = _feed.CreateConsumer(
            "OwnSpecConsumer",
            properties: "<MindGenIncludeEnneoSpec>false</MindGenIncludeEnneoSpec>",
            items: "<MindGenSpec Include=\"pets.yaml\" Namespace=\"Pets.Api\" IncludePaths=\"/pets#GET;/pets/*\" ExcludeTags=\"owners\" />");
        File.WriteAllText(Path.Combine(project, "pets.yaml"), """
            openapi: 3.1.0
            info: { title: Pets, version: '1' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
                post:
                  operationId: addPet
                  requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
                  responses: { '204': { description: added } }
              /pets/{id}:
                delete:
                  operationId: deletePet
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses: { '204': { description: gone } }
              /pets/{id}/owners:
                get:
                  operationId: listOwners
                  tags: [owners]
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Owner' } } } } }
            components:
              schemas:
                Owner: { type: object, properties: { name: { type: string } } }
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: { type: string }
                    age: { type: [integer, 'null'] }
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Pets.Api;
            Pet pet = System.Text.Json.JsonSerializer.Deserialize("{\"name\":\"Rex\",\"age\":null}", PetsJsonContext.Default.Pet)!;
            System.Console.WriteLine($"{pet.Name} {pet.Age?.ToString() ?? "null"} {typeof(PetsClient).FullName} {System.Type.GetType("Enneo.Mind.EnneoMindClient") is null}");
            string[] kept = ["ListPetsAsync", "DeletePetAsync", "AddPetAsync", "ListOwnersAsync"];
            System.Console.WriteLine("kept: " + string.Join(",", kept.Select(name => typeof(IPetsClient).GetMethod(name) is not null)));
            System.Console.WriteLine($"owner: {typeof(Pet).Assembly.GetType("Pets.Api.Owner") is not null}");
            """);

        (int buildExit, string buildOutput) = _feed.Dotnet(project, "build", "-c", "Release");
        Assert.True(buildExit == 0, buildOutput);
        (int runExit, string runOutput) = _feed.Dotnet(project, "run", "--no-build", "-c", "Release");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("Rex null Pets.Api.PetsClient True", runOutput);
        Assert.Contains("kept: True,True,False,False", runOutput);
        Assert.Contains("owner: False", runOutput);
    }

    /// <summary>
    /// The streaming contract, measured in a process of its own: 200 MB of worklogs through
    /// StreamTicketWorklogsAsync (from a server in the same process that writes them as it goes) keep the
    /// peak working set under 100 MB.
    /// </summary>
    [Fact]
    public void Streaming_200_MB_keeps_the_peak_working_set_under_100_MB()
    {
        string project = _feed.CreateConsumer("StreamConsumer", properties: "<ServerGarbageCollection>false</ServerGarbageCollection>", items: string.Empty);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Diagnostics;
            using System.Net;
            using System.Net.Sockets;
            using System.Text;
            using Enneo.Mind;

            const long target = 200L * 1024 * 1024;
            string item = "{'id':1,'ticketId':8821,'date':'2024-06-12','latestInteraction':'2024-06-12T09:59:00Z','assessments':[{'id':901,'scorecardId':42}],'worklog':{'userId':23,'worklogId':551,'action':'closeAction','actionList':['reply','closed'],'actionListText':['Sent reply to customer','Closed ticket']},'aiUsage':{'automationLevel':2,'automationLevelLabel':'Assisted','aiAgents':[]},'time':{'duration':480,'durationAfterWork':120,'segments':[]},'customerExperience':{'slaMet':true,'netSecondsClosedAfterSla':-1800,'reOpened':false,'csat':null}}".Replace('\'', '"');
            byte[] chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("," + item, 200)));
            long chunks = target / chunk.Length;

            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            _ = Task.Run(async () =>
            {
                HttpListenerContext context = await listener.GetContextAsync();
                context.Response.SendChunked = true;
                context.Response.ContentType = "application/json";
                Stream output = context.Response.OutputStream;
                await output.WriteAsync(Encoding.UTF8.GetBytes("[" + item));
                for (long i = 0; i < chunks; i++)
                {
                    await output.WriteAsync(chunk);
                }

                await output.WriteAsync("]"u8.ToArray());
                context.Response.Close();
            });

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/mind/") };
            long count = 0;
            await foreach (TicketWorklog worklog in new EnneoMindClient(http).StreamTicketWorklogsAsync(8821))
            {
                count += worklog.Id is 1 ? 1 : 0;
            }

            long megabytes = (chunks * chunk.Length) / (1024 * 1024);
            Console.WriteLine($"streamed {count} worklogs ({megabytes} MB); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
            """);

        (int buildExit, string buildOutput) = _feed.Dotnet(project, "build", "-c", "Release");
        Assert.True(buildExit == 0, buildOutput);
        (int runExit, string runOutput) = _feed.Dotnet(project, "run", "--no-build", "-c", "Release");
        Assert.True(runExit == 0, runOutput);

        Match result = Regex.Match(runOutput, @"streamed (\d+) worklogs \((\d+) MB\); peak working set (\d+) MB");
        Assert.True(result.Success, runOutput);
        Console.WriteLine(result.Value);
        Assert.True(long.Parse(result.Groups[2].Value, CultureInfo.InvariantCulture) >= 199, runOutput);
        Assert.True(long.Parse(result.Groups[3].Value, CultureInfo.InvariantCulture) < 100, runOutput);
    }

    private static string ReadmeExample([CallerFilePath] string path = "")
    {
        string readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "README.md"));
        int start = readme.IndexOf("<!-- readme-consumer:begin -->", StringComparison.Ordinal);
        int end = readme.IndexOf("<!-- readme-consumer:end -->", StringComparison.Ordinal);
        string block = readme[start..end];
        int code = block.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return block[code..block.LastIndexOf("```", StringComparison.Ordinal)];
    }

    /// <summary>Packs MindGen once into a folder feed, with a private package cache for every consumer.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "mindgen-package-" + Guid.NewGuid().ToString("N"));

        public PackedFeed()
        {
            string feed = Path.Combine(_root, "feed");
            (int exit, string output) = Dotnet(RepositoryRoot(), "pack", Path.Combine("src", "MindGen.Generator", "MindGen.Generator.csproj"), "-c", "Release", "-o", feed);
            Assert.True(exit == 0, output);
            PackagePath = Directory.GetFiles(feed, "MindGen.*.nupkg").Single();
            File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="mindgen-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
        }

        public string PackagePath { get; }

        public string CreateConsumer(string name, string properties, string items)
        {
            string directory = Path.Combine(_root, name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="MindGen" Version="0.1.0" PrivateAssets="all" />
                    {items}
                  </ItemGroup>
                </Project>
                """);
            return directory;
        }

        public (int ExitCode, string Output) Dotnet(string directory, params string[] arguments) =>
            Dotnet(directory, new Dictionary<string, string>(), arguments);

        public (int ExitCode, string Output) Dotnet(string directory, Dictionary<string, string> environment, params string[] arguments)
        {
            environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
            return DotnetCli.Run(directory, environment, arguments);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the OS.
            }
        }

        private static string RepositoryRoot([CallerFilePath] string path = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
    }

    private static Task<LoopbackServer> StartExampleServerAsync([CallerFilePath] string path = "") =>
        LoopbackServer.RespondingAsync(200, File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "..", "MindGen.IntegrationTests", "Fixtures", "worklogs.example.json")));
}
