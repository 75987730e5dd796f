using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>
/// Emits <c>services.Add&lt;Client&gt;()</c>, registering the client as a typed <c>HttpClient</c> client, for
/// projects that reference Microsoft.Extensions.Http. It returns the <c>IHttpClientBuilder</c>, so base
/// address, handlers and resilience are configured the usual way.
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static GeneratedFile Emit(EmitContext context)
    {
        ApiDescription api = context.Api;
        string client = api.ClientName;
        string name = GeneratedNames.ServiceCollectionExtensions(client);
        string clientType = TypeSyntax.Generated(client);
        string interfaceType = TypeSyntax.Generated(GeneratedNames.Interface(client));
        string optionsType = TypeSyntax.Generated(api.OptionsName);
        const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";
        SourceWriter writer = FileHeader.Start(api.Namespace);
        writer.Lines($$"""
            /// <summary>Registers <see cref="{{client}}"/> with the HTTP client factory.</summary>
            {{FileHeader.GeneratedCodeAttribute}}
            public static partial class {{name}}
            {
                /// <summary>
                /// Registers <see cref="{{GeneratedNames.Interface(client)}}"/>, implemented by <see cref="{{client}}"/>, as a typed
                /// HTTP client. Set the base address with <c>.ConfigureHttpClient(http =&gt; http.BaseAddress = …)</c>
                /// on the returned builder (without one, the spec's first server is used), and add handlers or
                /// resilience there too. Retries that respect the API (Microsoft.Extensions.Http.Resilience): only methods
                /// that may be sent twice, after the server's <c>Retry-After</c>, with
                /// <c>.AddStandardResilienceHandler(resilience =&gt; resilience.Retry.DisableForUnsafeHttpMethods())</c>.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets credentials and other options; optional.</param>
                /// <returns>The builder of the named HTTP client, for further configuration.</returns>
                public static {{DependencyInjection}}.IHttpClientBuilder Add{{client}}(this {{DependencyInjection}}.IServiceCollection services, sys::Action<{{optionsType}}>? configure = null)
                {
                    var options = new {{optionsType}}();
                    configure?.Invoke(options);
                    return {{DependencyInjection}}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{interfaceType}}, {{clientType}}>(
                        services,
                        (httpClient, _) => new {{clientType}}(httpClient, options));
                }
            }
            """);
        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}
