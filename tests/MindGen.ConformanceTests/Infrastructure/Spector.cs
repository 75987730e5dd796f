using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Conformance.Infrastructure;

/// <summary>
/// Microsoft's spector mock server, serving every @typespec/http-specs scenario on 127.0.0.1, one per test
/// assembly (a free port each, so V30, V31 and V32 run side by side). It checks every request byte for
/// byte (a wrong one gets 400) and records a scenario as passed once each request it declares was accepted.
/// Installed by <c>../shared/tools/typespec/setup.sh</c> into <c>$TSP_HOME</c> (default <c>/tmp/tsp</c>).
/// </summary>
public sealed class Spector : IAsyncLifetime
{
    private static readonly string Home = Environment.GetEnvironmentVariable("TSP_HOME") is { Length: > 0 } home ? home : "/tmp/tsp";
    private readonly string _coverageFile = Path.Combine(Path.GetTempPath(), $"spector-{Guid.NewGuid():N}.json");
    private readonly Rejections _rejections = new();
    private Process? _server;

    /// <summary>Why the suite cannot run here, or null when it is installed.</summary>
    public static string? NotInstalled { get; } =
        File.Exists(Path.Combine(Home, "node-bin-dir")) && File.Exists(Path.Combine(Home, "specs-dir"))
            ? null
            : $"The TypeSpec conformance suite is not installed in {Home}: run ../shared/tools/typespec/setup.sh --no-compile (or set TSP_HOME).";

    /// <summary>The OpenAPI version this assembly's clients were generated from (V30, V31 or V32).</summary>
    public static string Version { get; } = typeof(Spector).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ConformanceVersion").Value!;

    /// <summary>A file the scenarios send or expect (<c>image.png</c>), from the suite's assets.</summary>
    public static string Asset(string name) => Path.Combine(Home, "node_modules", "@typespec", "http-specs", "assets", name);

    /// <summary>A client of the server; generated clients are built on it.</summary>
    public HttpClient Http { get; private set; } = new();

    public async Task InitializeAsync()
    {
        if (NotInstalled is not null)
        {
            return;
        }

        int port = FreePort();
        string nodeDirectory = File.ReadAllText(Path.Combine(Home, "node-bin-dir")).Trim();
        var start = new ProcessStartInfo(Path.Combine(nodeDirectory, "node"))
        {
            WorkingDirectory = Home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "node_modules/@typespec/spector/cmd/cli.mjs", "serve", File.ReadAllText(Path.Combine(Home, "specs-dir")).Trim(), "--port", port.ToString(), "--coverageFile", _coverageFile })
        {
            start.ArgumentList.Add(argument);
        }

        // Its output is read and dropped, so that a full pipe never blocks it.
        _server = Process.Start(start)!;
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        Http = new HttpClient(_rejections) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(200))
        {
            try
            {
                if ((await Http.GetAsync(".admin/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(60) && !_server.HasExited)
            {
                // Not listening yet.
            }
        }
    }

    /// <summary>
    /// Runs one scenario's calls: it passes when they complete (the client read every answer as the driver
    /// asserts) and the server recorded the scenario as passed. A scenario in expected-failures.txt must fail,
    /// so that a fix shows up as a line to remove.
    /// </summary>
    public async Task RunAsync(string scenario, Func<HttpClient, Task> calls)
    {
        Exception? failure = null;
        _rejections.Clear();
        try
        {
            await calls(Http);
            string status = await StatusAsync(scenario);
            Assert.True(status == "pass", $"The client completed {scenario}, but the server records it as '{status}' (a request it declares was not sent, or was rejected).");
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        string? cause = ExpectedFailures.Cause(Version, scenario);
        if (failure is null && cause is not null)
        {
            Assert.Fail($"{scenario} passes now from {Version}: remove its line from expected-failures.txt ({cause}).");
        }

        if (failure is not null && cause is null)
        {
            if (_rejections.Last is { } rejection)
            {
                throw new Xunit.Sdk.XunitException($"{failure.Message}{Environment.NewLine}The server said: {rejection}", failure);
            }

            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task<string> StatusAsync(string scenario)
    {
        using JsonDocument coverage = JsonDocument.Parse(await Http.GetStringAsync(".coverage"));
        foreach (JsonElement report in coverage.RootElement.EnumerateArray())
        {
            if (report.GetProperty("results").TryGetProperty(scenario, out JsonElement status))
            {
                return status.GetString()!;
            }
        }

        throw new InvalidOperationException($"The suite has no scenario {scenario}.");
    }

    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        try
        {
            await Http.PostAsync(".admin/stop", null);
            await _server.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        Http.Dispose();
        File.Delete(_coverageFile);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
