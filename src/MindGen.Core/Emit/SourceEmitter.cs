using System.Collections.Generic;
using System.Threading;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Turns an <see cref="ApiDescription"/> into every file MindGen generates for it.</summary>
public static class SourceEmitter
{
    public static EquatableArray<GeneratedFile> Emit(ApiDescription api, CancellationToken cancellationToken = default)
    {
        var types = new TypeSyntax(api.Namespace);
        var securityPlans = SecurityPlan.For(api);
        var files = new List<GeneratedFile>
        {
            ApiExceptionEmitter.Emit(api),
            ClientOptionsEmitter.Emit(api),
            new ClientEmitter(api, types, securityPlans).Emit(),
            new ClientEmitter(api, types, securityPlans).EmitInterface(),
            ClientRuntimeEmitter.Emit(api, securityPlans),
        };

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
