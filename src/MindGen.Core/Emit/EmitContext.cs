using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Client;
using MindGen.Emit.Json;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit;

/// <summary>What the emitters of one API share, worked out once: JSON shapes, where their methods live and their context names, security plans.</summary>
internal sealed class EmitContext
{
    public EmitContext(ApiDescription api, int shapesPerPart)
    {
        Api = api;
        Shapes = new JsonShapes(api);
        Partitions = new JsonPartitions(Shapes.Helpers.Concat(api.Models.Select(model => new ModelTypeRef(model.Name))), shapesPerPart);
        Roots = new JsonRootNames(api, Shapes.Roots, Partitions.Names);
        SecurityPlans = SecurityPlan.For(api);
    }

    public ApiDescription Api { get; }

    public JsonShapes Shapes { get; }

    public JsonPartitions Partitions { get; }

    public JsonRootNames Roots { get; }

    public IReadOnlyList<SecurityPlan> SecurityPlans { get; }

    /// <summary>The client's runtime class, as the files that call it name it (<see cref="FileHeader.RuntimeAlias"/>).</summary>
    public string Runtime => FileHeader.RuntimeAlias;

    /// <summary>The start of a file that calls the client's runtime.</summary>
    public SourceWriter StartCallingRuntime() => FileHeader.Start(Api.Namespace, GeneratedNames.Runtime(Api.ClientName));

    /// <summary>
    /// The metadata of <paramref name="type"/> as a client method reaches it: through the options' context when
    /// one is set (for its JsonSerializerOptions), else the default one.
    /// </summary>
    public string TypeInfo(TypeRef type) => $"{GeneratedNames.JsonField}.{Roots[type]}";

    /// <summary>What a stream's methods yield: its item, or for a Kubernetes watch, <c>WatchEvent&lt;item&gt;</c>.</summary>
    public string StreamItem(EventStreamModel events)
    {
        string item = TypeSyntax.Name(events.ItemType, nullable: false);
        return events.IsWatch ? $"{TypeSyntax.Generated(GeneratedNames.WatchEvent)}<{item}>" : item;
    }
}
