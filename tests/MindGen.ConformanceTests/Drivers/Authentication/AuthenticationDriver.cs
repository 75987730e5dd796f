using Conformance.Infrastructure;
using ApiKey = Conformance.Authentication.ApiKey;
using Custom = Conformance.Authentication.Http.Custom;
using NoAuth = Conformance.Authentication.Noauth.Union;
using OAuth2 = Conformance.Authentication.Oauth2;
using Union = Conformance.Authentication.Union;

namespace Conformance.Drivers.Authentication;

public sealed class AuthenticationDriver(Spector spector) : Driver(spector)
{
    private const string Token = "https://security.microsoft.com/.default";

    [Scenario]
    public Task Authentication_ApiKey_valid() => Run(http =>
        new ApiKey.ApiKeyClient(http, new ApiKey.ApiKeyClientOptions { ApiKeyAuthApiKey = "valid-key" }).ValidAsync());

    [Scenario]
    public Task Authentication_ApiKey_invalid() => Run(async http =>
    {
        var failure = await Assert.ThrowsAsync<ApiKey.ApiException<ApiKey.InvalidAuth>>(() =>
            new ApiKey.ApiKeyClient(http, new ApiKey.ApiKeyClientOptions { ApiKeyAuthApiKey = "invalid-key" }).InvalidAsync());
        Assert.Equal((403, "invalid-api-key"), (failure.StatusCode, failure.Error.Error));
    });

    [Scenario]
    public Task Authentication_Http_Custom_valid() => Run(http =>
        new Custom.CustomClient(http, new Custom.CustomClientOptions { HttpToken = "valid-key" }).ValidAsync());

    [Scenario]
    public Task Authentication_Http_Custom_invalid() => Run(async http =>
    {
        var failure = await Assert.ThrowsAsync<Custom.ApiException<Custom.InvalidAuth>>(() =>
            new Custom.CustomClient(http, new Custom.CustomClientOptions { HttpToken = "invalid-key" }).InvalidAsync());
        Assert.Equal((403, "invalid-api-key"), (failure.StatusCode, failure.Error.Error));
    });

    [Scenario]
    public Task Authentication_OAuth2_valid() => Run(http =>
        new OAuth2.Oauth2Client(http, new OAuth2.Oauth2ClientOptions { OAuth2AuthToken = Token }).ValidAsync());

    [Scenario]
    public Task Authentication_OAuth2_invalid() => Run(async http =>
    {
        var failure = await Assert.ThrowsAsync<OAuth2.ApiException<OAuth2.InvalidAuth>>(() =>
            new OAuth2.Oauth2Client(http, new OAuth2.Oauth2ClientOptions { OAuth2AuthToken = Token }).InvalidAsync());
        Assert.Equal(403, failure.StatusCode);
    });

    [Scenario]
    public Task Authentication_Union_validKey() => Run(http =>
        new Union.UnionClient(http, new Union.UnionClientOptions { ApiKeyAuthApiKey = "valid-key" }).ValidKeyAsync());

    [Scenario]
    public Task Authentication_Union_validToken() => Run(http =>
        new Union.UnionClient(http, new Union.UnionClientOptions { OAuth2AuthToken = Token }).ValidTokenAsync());

    [Scenario]
    public Task Authentication_Noauth_Union_validNoAuth() => Run(http => new NoAuth.UnionClient(http).ValidNoAuthAsync());

    [Scenario]
    public Task Authentication_Noauth_Union_validToken() => Run(http =>
        new NoAuth.UnionClient(http, new NoAuth.UnionClientOptions { OAuth2AuthToken = Token }).ValidTokenAsync());
}
