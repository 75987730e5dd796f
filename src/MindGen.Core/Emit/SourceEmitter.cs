using System.Collections.Generic;
using System.Threading;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Turns an <see cref="ApiDescription"/> into every file MindGen generates for it.</summary>
public static class SourceEmitter
{
    /// <param name="api">The model of one spec.</param>
    /// <param name="dependencyInjection">Also emit <c>services.Add&lt;Client&gt;()</c> (the consumer references Microsoft.Extensions.Http).</param>
    /// <param name="cancellationToken">Stops a long emission.</param>
    public static EquatableArray<GeneratedFile> Emit(ApiDescription api, bool dependencyInjection, CancellationToken cancellationToken = default)
    {
        var types = new TypeSyntax(api.Namespace);
        var securityPlans = SecurityPlan.For(api);
        var files = new List<GeneratedFile>
        {
            ApiExceptionEmitter.Emit(api),
            ApiExceptionEmitter.EmitResponse(api),
            ClientOptionsEmitter.Emit(api),
            new ClientEmitter(api, types, securityPlans).Emit(),
            new ClientEmitter(api, types, securityPlans).EmitInterface(),
            ClientRuntimeEmitter.Emit(api, securityPlans),
        };

        if (FileParameterEmitter.IsNeeded(api))
        {
            files.Add(FileParameterEmitter.Emit(api));
        }

        if (dependencyInjection)
        {
            files.Add(DependencyInjectionEmitter.Emit(api));
        }

        var models = new ModelEmitter(api, types);
        foreach (ObjectModel model in api.Models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(models.Emit(model));
        }

        foreach (EnumModel enumeration in api.Enums)
        {
            files.Add(EnumEmitter.Emit(api, enumeration));
        }

        foreach (UnionModel union in api.Unions)
        {
            files.Add(new UnionEmitter(api, types).Emit(union));
        }

        foreach (GeneratedFile file in new JsonContextEmitter(api, types).Emit())
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(file);
        }

        files.Sort((left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return files.ToEquatableArray();
    }
}
