using Conformance.Infrastructure;
using Multiple = Conformance.Server.Path.Multiple_V10;
using NotDefined = Conformance.Server.Endpoint.NotDefined;
using NotVersioned = Conformance.Server.Versions.NotVersioned;
using Single = Conformance.Server.Path.Single;
using Versioned = Conformance.Server.Versions.Versioned_20221201Preview;
using VersionedOld = Conformance.Server.Versions.Versioned_20210101Preview;

namespace Conformance.Drivers;

/// <summary>
/// Servers: a document without one (the HttpClient's address), <c>{endpoint}</c> and
/// <c>{endpoint}/server/path/multiple/{apiVersion}</c> set through the options' server variables (never through the
/// HttpClient), and API versions in paths and queries.
/// </summary>
public sealed class ServerDriver(Spector spector) : Driver(spector)
{
    private static Multiple.Multiple_V10Client MultiplePath(HttpClient http) => new(http, new Multiple.Multiple_V10ClientOptions { Endpoint = Endpoint(http), ApiVersion = "v1.0" });

    private static Single.SingleClient SinglePath(HttpClient http) => new(http, new Single.SingleClientOptions { Endpoint = Endpoint(http) });

    private static NotVersioned.NotVersionedClient Unversioned(HttpClient http) => new(http, new NotVersioned.NotVersionedClientOptions { Endpoint = Endpoint(http) });

    private static Versioned.Versioned_20221201PreviewClient Current(HttpClient http) => new(http, new Versioned.Versioned_20221201PreviewClientOptions { Endpoint = Endpoint(http) });

    private static VersionedOld.Versioned_20210101PreviewClient Old(HttpClient http) => new(http, new VersionedOld.Versioned_20210101PreviewClientOptions { Endpoint = Endpoint(http) });

    [Scenario] public Task Server_Endpoint_NotDefined_valid() => Run(http => new NotDefined.NotDefinedClient(http).ValidAsync());
    [Scenario] public Task Server_Path_Single_myOp() => Run(http => SinglePath(http).MyOpAsync());
    [Scenario] public Task Server_Path_Multiple_noOperationParams() => Run(http => MultiplePath(http).NoOperationParamsAsync());
    [Scenario] public Task Server_Path_Multiple_withOperationPathParam() => Run(http => MultiplePath(http).WithOperationPathParamAsync("test"));
    [Scenario] public Task Server_Versions_NotVersioned_withoutApiVersion() => Run(http => Unversioned(http).WithoutApiVersionAsync());
    [Scenario] public Task Server_Versions_NotVersioned_withPathApiVersion() => Run(http => Unversioned(http).WithPathApiVersionAsync("v1.0"));
    [Scenario] public Task Server_Versions_NotVersioned_withQueryApiVersion() => Run(http => Unversioned(http).WithQueryApiVersionAsync("v1.0"));
    [Scenario] public Task Server_Versions_Versioned_withoutApiVersion() => Run(http => Current(http).WithoutApiVersionAsync());
    [Scenario] public Task Server_Versions_Versioned_withPathApiVersion() => Run(http => Current(http).WithPathApiVersionAsync("2022-12-01-preview"));
    [Scenario] public Task Server_Versions_Versioned_withQueryApiVersion() => Run(http => Current(http).WithQueryApiVersionAsync("2022-12-01-preview"));
    [Scenario] public Task Server_Versions_Versioned_withQueryOldApiVersion() => Run(http => Old(http).WithQueryOldApiVersionAsync("2021-01-01-preview"));
}
