using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MindGen.Emit.Client;
using MindGen.Emit.Fake;
using MindGen.Emit.Json;
using MindGen.Emit.Types;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Turns an <see cref="ApiDescription"/> into every file MindGen generates for it.</summary>
public static class SourceEmitter
{
    /// <param name="api">The model of one spec.</param>
    /// <param name="options">What the project asks for beyond the spec: registration, a fake.</param>
    /// <param name="cancellationToken">Stops a long emission.</param>
    public static EquatableArray<GeneratedFile> Emit(ApiDescription api, EmitOptions options, CancellationToken cancellationToken = default) =>
        Emit(api, options, JsonPartitions.ShapesPerPart, cancellationToken);

    /// <summary>The same with the JSON context split into parts of <paramref name="shapesPerPart"/> shapes: tests split a small spec.</summary>
    internal static EquatableArray<GeneratedFile> Emit(ApiDescription api, EmitOptions options, int shapesPerPart, CancellationToken cancellationToken = default)
    {
        var context = new EmitContext(api, shapesPerPart);
        var files = new List<GeneratedFile>
        {
            FixedTypesEmitter.ApiException(api),
            FixedTypesEmitter.ApiResponse(api),
            FixedTypesEmitter.RetryOptions(api),
            FixedTypesEmitter.RequestOptions(api),
            ClientOptionsEmitter.Emit(context),
            new ClientEmitter(context).Emit(),
            ClientInterfaceEmitter.Emit(context),
            ClientRuntimeEmitter.Emit(context),
        };

        if (FixedTypesEmitter.NeedsFileParameter(api))
        {
            files.Add(FixedTypesEmitter.FileParameter(api));
        }

        if (FixedTypesEmitter.UsesStreams(api))
        {
            files.Add(FixedTypesEmitter.ApiStream(api));
        }

        if (FixedTypesEmitter.UsesPages(api))
        {
            files.Add(FixedTypesEmitter.Page(api));
        }

        if (FixedTypesEmitter.UsesResponseHeaders(api))
        {
            files.Add(FixedTypesEmitter.ResponseHeaders(api));

            // Operations share a class of headers when they declare the same ones.
            foreach (ResponseHeadersModel headers in api.Operations.Select(operation => operation.Response.Headers).OfType<ResponseHeadersModel>().Distinct())
            {
                files.Add(ResponseHeadersEmitter.Emit(api, headers));
            }
        }

        if (options.DependencyInjection)
        {
            files.Add(DependencyInjectionEmitter.Emit(context));
        }

        if (options.Fake)
        {
            files.AddRange(new FakeEmitter(context).Emit(options.DependencyInjection));
        }

        var models = new ModelEmitter(api);
        foreach (ObjectModel model in api.Models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(models.Emit(model));
        }

        var enums = new EnumEmitter(api);
        foreach (EnumModel enumeration in api.Enums)
        {
            files.Add(enums.Emit(enumeration));
        }

        var unions = new UnionEmitter(api, context.Roots);
        foreach (UnionModel union in api.Unions)
        {
            files.Add(unions.Emit(union));
        }

        var eventUnions = new EventUnionEmitter(context);
        foreach (OperationModel operation in api.Operations)
        {
            if (operation.Response.Events?.Union is { } events)
            {
                files.Add(eventUnions.Emit(events));
            }
        }

        foreach (GeneratedFile file in new JsonContextEmitter(api, context.Shapes, context.Roots, context.Partitions).Emit())
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(file);
        }

        files.Sort((left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return files.ToEquatableArray();
    }
}
