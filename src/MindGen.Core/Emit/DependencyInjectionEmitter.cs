using MindGen.Model;

namespace MindGen.Emit;

/// <summary>
/// Emits <c>services.Add&lt;Client&gt;()</c>, registering the client as a typed <c>HttpClient</c> client, for
/// projects that reference Microsoft.Extensions.Http. It returns the <c>IHttpClientBuilder</c>, so base
/// address, handlers and resilience are configured the usual way.
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static GeneratedFile Emit(ApiDescription api)
    {
        string client = api.ClientName;
        string name = ReservedNames.ServiceCollectionExtensions(client);
        const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";
        SourceWriter writer = FileHeader.Start(api.Namespace);
        writer.Lines($$"""
            /// <summary>Registers <see cref="{{client}}"/> with the HTTP client factory.</summary>
            {{FileHeader.GeneratedCodeAttribute}}
            public static partial class {{name}}
            {
                /// <summary>
                /// Registers <see cref="{{ReservedNames.Interface(client)}}"/>, implemented by <see cref="{{client}}"/>, as a typed
                /// HTTP client. Set the base address with <c>.ConfigureHttpClient(http =&gt; http.BaseAddress = …)</c>
                /// on the returned builder (without one, the spec's first server is used), and add handlers or
                /// resilience there too.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets credentials and other options; optional.</param>
                /// <returns>The builder of the named HTTP client, for further configuration.</returns>
                public static {{DependencyInjection}}.IHttpClientBuilder Add{{client}}(this {{DependencyInjection}}.IServiceCollection services, global::System.Action<{{api.OptionsName}}>? configure = null)
                {
                    var options = new {{api.OptionsName}}();
                    configure?.Invoke(options);
                    return {{DependencyInjection}}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{ReservedNames.Interface(client)}}, {{client}}>(
                        services,
                        (httpClient, _) => new {{client}}(httpClient, options));
                }
            }
            """);
        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}
