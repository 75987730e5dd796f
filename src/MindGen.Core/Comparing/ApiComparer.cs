using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;

namespace MindGen.Comparing;

/// <summary>
/// Compares the models of two versions of a spec as the C# they generate: operations (methods), their
/// parameters, bodies and results, and the generated types with their members and enum values. A change
/// is breaking when code written against the old version may no longer compile or may read values it did
/// not expect: a removed or renamed member, a changed type, a member that became required, a removed
/// enum value. Additions of optional things are not.
/// </summary>
public static class ApiComparer
{
    public static IReadOnlyList<ApiChange> Compare(ApiDescription before, ApiDescription after)
    {
        var changes = new List<ApiChange>();
        CompareOperations(before, after, changes);
        CompareTypes(before, after, changes);
        return changes;
    }

    private static void CompareOperations(ApiDescription before, ApiDescription after, List<ApiChange> changes)
    {
        Dictionary<string, OperationModel> afterByName = after.Operations.ToDictionary(operation => operation.MethodName, StringComparer.Ordinal);
        Dictionary<string, OperationModel> afterByRoute = after.Operations.GroupBy(Route).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (OperationModel old in before.Operations)
        {
            if (afterByName.TryGetValue(old.MethodName, out OperationModel? current))
            {
                CompareOperation(old, current, changes);
            }
            else if (afterByRoute.TryGetValue(Route(old), out OperationModel? renamed) && !before.Operations.Any(operation => operation.MethodName == renamed.MethodName))
            {
                changes.Add(new ApiChange(true, "operation-renamed", old.MethodName, $"{Route(old)} is now {renamed.MethodName}"));
                CompareOperation(old, renamed, changes);
            }
            else
            {
                changes.Add(new ApiChange(true, "operation-removed", old.MethodName, $"{Route(old)} was removed"));
            }
        }

        var beforeNames = new HashSet<string>(before.Operations.Select(operation => operation.MethodName), StringComparer.Ordinal);
        var beforeRoutes = new HashSet<string>(before.Operations.Select(Route), StringComparer.Ordinal);
        foreach (OperationModel added in after.Operations.Where(operation => !beforeNames.Contains(operation.MethodName) && !beforeRoutes.Contains(Route(operation))))
        {
            changes.Add(new ApiChange(false, "operation-added", added.MethodName, $"{Route(added)} was added"));
        }
    }

    private static void CompareOperation(OperationModel before, OperationModel after, List<ApiChange> changes)
    {
        string method = after.MethodName;
        CompareMembers(
            "parameter",
            name => $"{method}({name})",
            before.Parameters.Select(Member),
            after.Parameters.Select(Member),
            string.Empty,
            changes);

        string? bodyBefore = before.RequestBody is { } oldBody ? TypeSyntax.Display(oldBody.Type) + (oldBody.IsRequired ? string.Empty : "?") : null;
        string? bodyAfter = after.RequestBody is { } newBody ? TypeSyntax.Display(newBody.Type) + (newBody.IsRequired ? string.Empty : "?") : null;
        if (bodyBefore != bodyAfter)
        {
            bool breaking = bodyBefore is not null || after.RequestBody!.IsRequired;
            changes.Add(new ApiChange(breaking, "request-body-changed", method, $"the request body changed from {bodyBefore ?? "none"} to {bodyAfter ?? "none"}"));
        }

        CompareType(ResultType(before), ResultType(after), true, "result-type-changed", method, changes);
        CompareStream(before.Response.Events, after.Response.Events, method, changes);
        ComparePages(before.Pagination, after.Pagination, method, changes);

        // A declared header is a typed property of the …WithResponseAsync method's headers: gone or retyped, code that
        // reads it breaks; a new one is one more property.
        string responseMethod = after.ResponseMethodName ?? before.ResponseMethodName ?? method;
        CompareMembers("response-header", name => $"{responseMethod}: Headers.{name}", Headers(before), Headers(after), string.Empty, changes);
    }

    private static IEnumerable<MemberView> Headers(OperationModel operation) =>
        operation.Response.Headers?.Headers.Select(header => new MemberView(header.PropertyName, false, TypeSyntax.Display(header.Type) + "?", $"response header '{header.WireName}'"))
        ?? [];

    // Paging that goes away leaves code calling …AllAsync and …PagesAsync without them; paging that arrives adds them.
    private static void ComparePages(PaginationModel? before, PaginationModel? after, string method, List<ApiChange> changes) =>
        CompareFeature(before, after, changes,
            removed => new ApiChange(true, "pages-removed", removed.AllMethodName, $"{method} no longer answers a page at a time ({removed.AllMethodName} and {removed.PagesMethodName} are gone)"),
            added => new ApiChange(false, "pages-added", added.AllMethodName, $"{method} answers a page at a time: {added.AllMethodName} and {added.PagesMethodName} read every page"),
            (old, current) => CompareType(TypeSyntax.Display(old.ItemType), TypeSyntax.Display(current.ItemType), true, "pages-item-changed", current.AllMethodName, changes));

    // A stream that goes away leaves code enumerating …StreamingAsync without it; one that arrives adds methods.
    private static void CompareStream(EventStreamModel? before, EventStreamModel? after, string method, List<ApiChange> changes) =>
        CompareFeature(before, after, changes,
            removed => new ApiChange(true, "stream-removed", removed.MethodName, $"{method}'s response is no longer a stream ({removed.MediaType})"),
            added => new ApiChange(false, "stream-added", added.MethodName, $"{method}'s response can now be read as a stream ({added.MediaType})"),
            (old, current) => CompareType(TypeSyntax.Display(old.ItemType), TypeSyntax.Display(current.ItemType), true, "stream-item-changed", current.MethodName, changes));

    // What an operation offers beyond its plain method: gone, it is the removal's change; new, the addition's; kept,
    // what it holds is compared.
    private static void CompareFeature<T>(T? before, T? after, List<ApiChange> changes, Func<T, ApiChange> removed, Func<T, ApiChange> added, Action<T, T> kept)
        where T : class
    {
        if (before is not null && after is null)
        {
            changes.Add(removed(before));
        }
        else if (before is null && after is not null)
        {
            changes.Add(added(after));
        }
        else if (before is not null && after is not null)
        {
            kept(before, after);
        }
    }

    private static void CompareTypes(ApiDescription before, ApiDescription after, List<ApiChange> changes)
    {
        Dictionary<string, string> kindsAfter = Kinds(after);
        foreach (KeyValuePair<string, string> old in Kinds(before))
        {
            if (!kindsAfter.TryGetValue(old.Key, out string? kind))
            {
                changes.Add(new ApiChange(true, "type-removed", old.Key, $"the {old.Value} was removed"));
            }
            else if (kind != old.Value)
            {
                changes.Add(new ApiChange(true, "type-kind-changed", old.Key, $"the {old.Value} became {Article(kind)} {kind}"));
            }
        }

        Dictionary<string, string> kindsBefore = Kinds(before);
        foreach (KeyValuePair<string, string> added in kindsAfter.Where(entry => !kindsBefore.ContainsKey(entry.Key)))
        {
            changes.Add(new ApiChange(false, "type-added", added.Key, $"{Article(added.Value)} {added.Value} was added"));
        }

        Dictionary<string, ObjectModel> modelsAfter = after.Models.ToDictionary(model => model.Name, StringComparer.Ordinal);
        foreach (ObjectModel old in before.Models)
        {
            if (modelsAfter.TryGetValue(old.Name, out ObjectModel? current))
            {
                CompareModel(old, current, changes);
            }
        }

        Dictionary<string, EnumModel> enumsAfter = after.Enums.ToDictionary(model => model.Name, StringComparer.Ordinal);
        foreach (EnumModel old in before.Enums)
        {
            if (enumsAfter.TryGetValue(old.Name, out EnumModel? current))
            {
                var values = new HashSet<string>(current.Members.Select(member => member.Value), StringComparer.Ordinal);
                var oldValues = new HashSet<string>(old.Members.Select(member => member.Value), StringComparer.Ordinal);
                foreach (EnumMemberModel removed in old.Members.Where(member => !values.Contains(member.Value)))
                {
                    changes.Add(new ApiChange(true, "enum-value-removed", $"{old.Name}.{removed.Name}", $"the value '{removed.Value}' was removed"));
                }

                foreach (EnumMemberModel added in current.Members.Where(member => !oldValues.Contains(member.Value)))
                {
                    changes.Add(new ApiChange(false, "enum-value-added", $"{old.Name}.{added.Name}", $"the value '{added.Value}' was added"));
                }
            }
        }
    }

    private static void CompareModel(ObjectModel before, ObjectModel after, List<ApiChange> changes)
    {
        if (before.BaseName != after.BaseName)
        {
            changes.Add(new ApiChange(true, "base-type-changed", before.Name, $"the base class changed from {before.BaseName ?? "none"} to {after.BaseName ?? "none"}"));
        }

        CompareMembers(
            "property",
            name => $"{after.Name}.{name}",
            before.Properties.Select(Member),
            after.Properties.Select(Member),
            ": object initializers must set it",
            changes);
    }

    /// <summary>Parameters of a method and properties of a class change the same ways.</summary>
    private static void CompareMembers(string kind, Func<string, string> subject, IEnumerable<MemberView> before, IEnumerable<MemberView> after, string requiredConsequence, List<ApiChange> changes)
    {
        Dictionary<string, MemberView> afterByName = after.ToDictionary(member => member.Name, StringComparer.Ordinal);
        var beforeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (MemberView old in before)
        {
            beforeNames.Add(old.Name);
            if (!afterByName.TryGetValue(old.Name, out MemberView? current))
            {
                changes.Add(new ApiChange(true, kind + "-removed", subject(old.Name), $"the {old.Description} was removed"));
                continue;
            }

            CompareType(old.Type, current.Type, true, kind + "-type-changed", subject(old.Name), changes);
            if (!old.IsRequired && current.IsRequired)
            {
                changes.Add(new ApiChange(true, kind + "-now-required", subject(old.Name), $"the {kind} became required{requiredConsequence}"));
            }
            else if (old.IsRequired && !current.IsRequired)
            {
                changes.Add(new ApiChange(false, kind + "-now-optional", subject(old.Name), $"the {kind} became optional"));
            }
        }

        foreach (MemberView added in after.Where(member => !beforeNames.Contains(member.Name)))
        {
            changes.Add(new ApiChange(added.IsRequired, kind + "-added", subject(added.Name), $"{(added.IsRequired ? "a required" : "an optional")} {added.Description} was added"));
        }
    }

    /// <summary>A parameter or property as the comparison sees it: its C# name, type as code reads it, and words for messages.</summary>
    private sealed record MemberView(string Name, bool IsRequired, string Type, string Description);

    private static MemberView Member(ParameterModel parameter) =>
        new(parameter.Name, parameter.IsRequired, ParameterType(parameter), $"{Describe(parameter.Location)} parameter '{parameter.WireName}'");

    private static MemberView Member(PropertyModel property) =>
        new(property.Name, property.IsRequired, PropertyType(property), $"property {PropertyType(property)} (JSON '{property.JsonName}')");

    private static void CompareType(string before, string after, bool breaking, string kind, string subject, List<ApiChange> changes)
    {
        if (before != after)
        {
            changes.Add(new ApiChange(breaking, kind, subject, $"the type changed from {before} to {after}"));
        }
    }

    // The C# type as code sees it, nullability included: string -> string? breaks readers under nullable warnings.
    private static string PropertyType(PropertyModel property) => TypeSyntax.Display(property.Type) + (property.IsNullableInCSharp ? "?" : string.Empty);

    private static string ParameterType(ParameterModel parameter) => TypeSyntax.Display(parameter.Type) + (parameter.IsRequired && !parameter.Type.IsNullable ? string.Empty : "?");

    private static string ResultType(OperationModel operation) => operation.Response.BodyType is { } body ? TypeSyntax.Display(body) : "no content";

    // The model keeps paths relative to the base address ("orders/{orderId}"); people read them rooted.
    private static string Route(OperationModel operation) =>
        operation.HttpMethod.ToUpperInvariant() + " /" + string.Concat(operation.Path.Select(part => part.IsParameter ? "{" + part.Text + "}" : part.Text)).TrimStart('/');

    private static Dictionary<string, string> Kinds(ApiDescription api)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ObjectModel model in api.Models)
        {
            kinds[model.Name] = "class";
        }

        foreach (EnumModel enumeration in api.Enums)
        {
            kinds[enumeration.Name] = "enum";
        }

        foreach (UnionModel union in api.Unions)
        {
            kinds[union.Name] = "union";
        }

        return kinds;
    }

    private static string Describe(ParameterLocation location) => location.ToString().ToLowerInvariant();

    private static string Article(string word) => word.Length > 0 && "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";
}
