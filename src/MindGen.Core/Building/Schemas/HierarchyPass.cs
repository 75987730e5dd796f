using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Model;

namespace MindGen.Building.Schemas;

/// <summary>
/// Runs once every component class exists: a class whose schema has a discriminator learns which value
/// reads as which of its descendants (explicit mapping entries first, then each descendant component's implicit
/// value, see <see cref="ImplicitDiscriminator"/>), and every class of the hierarchy learns its own value, which it sets when it is created.
/// </summary>
internal static class HierarchyPass
{
    public static void Link(ComponentTable components, ModelSet models)
    {
        var bases = new List<(string Key, string Name, OpenApiDiscriminator Discriminator, string Property)>();
        foreach (string key in components.Keys)
        {
            if (components.TryGetTypeName(key, out string name)
                && models.TryGet(name, out _)
                && components.Schema(key).Discriminator is { PropertyName: { Length: > 0 } property } discriminator)
            {
                bases.Add((key, name, discriminator, property));
            }
        }

        var discriminatedBy = bases.ToDictionary(entry => entry.Name, entry => entry.Property, StringComparer.Ordinal);
        foreach ((_, string name, OpenApiDiscriminator discriminator, string property) in bases)
        {
            Link(name, discriminator, property, components, models, discriminatedBy);
        }

        // A base learns its own value last, so that where it derives from another base that one's mapping
        // decides: the value the base is read by.
        foreach ((string key, string name, OpenApiDiscriminator discriminator, string property) in bases)
        {
            string value = (discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>()).FirstOrDefault(entry => entry.Value?.Reference?.Id == key).Key
                ?? ImplicitDiscriminator.Value(components.Schema(key), property, key);
            models.Put(models[name].WithDiscriminator(new DiscriminatorValueModel(property, value, name)));
        }
    }

    private static void Link(string baseName, OpenApiDiscriminator discriminator, string property, ComponentTable components, ModelSet models, Dictionary<string, string> discriminatedBy)
    {
        var depthBelowBase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectModel model in models.Models)
        {
            if (Ancestors(model.Name, models).IndexOf(baseName) is var depth and >= 0)
            {
                depthBelowBase[model.Name] = depth + 1;
            }
        }

        var values = new List<DiscriminatorValueModel>();
        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (entry.Value?.Reference?.Id is { } id && components.TryGetTypeName(id, out string className) && depthBelowBase.ContainsKey(className))
            {
                values.Add(new DiscriminatorValueModel(property, entry.Key, className));
            }
        }

        foreach (string key in components.Keys)
        {
            // Below a class that starts a hierarchy of its own (a shark among fish, discriminated by
            // sharktype), a class is read by that hierarchy; in this one it is its ancestor's value.
            if (components.TryGetTypeName(key, out string className) && depthBelowBase.ContainsKey(className) && !values.Any(value => value.ClassName == className)
                && !Ancestors(className, models).TakeWhile(name => name != baseName).Any(name => discriminatedBy.TryGetValue(name, out string? other) && other != property))
            {
                values.Add(new DiscriminatorValueModel(property, ImplicitDiscriminator.Value(components.Schema(key), property, key), className));
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        // Most-derived first: a C# switch on types rejects a case that an earlier one already covers.
        var ordered = values.OrderByDescending(value => depthBelowBase[value.ClassName]).ThenBy(value => value.Value, StringComparer.Ordinal).ToList();
        // 3.2's defaultMapping: what a value naming no class (or no value) reads as, when it is one of the descendants.
        string? fallback = discriminator.DefaultMapping?.Reference?.Id is { } defaultId && components.TryGetTypeName(defaultId, out string defaultClass) && depthBelowBase.ContainsKey(defaultClass)
            ? defaultClass
            : null;
        models.Put(models[baseName] with { Polymorphism = new PolymorphismModel(property, ReadBy(ordered), fallback) });
        foreach (DiscriminatorValueModel value in ordered.GroupBy(value => value.ClassName).Select(group => group.First()))
        {
            models.Put(models[value.ClassName].WithDiscriminator(value));
        }

        // A class in the middle dispatches to its own descendants too: a Circle-typed member whose JSON
        // names a Ring reads as a Ring.
        foreach (string className in ordered.Select(value => value.ClassName).Distinct())
        {
            var below = ordered.Where(value => value.ClassName != className && Ancestors(value.ClassName, models).Contains(className)).ToList();
            if (below.Count > 0)
            {
                models.Put(models[className] with { Polymorphism = new PolymorphismModel(property, ReadBy(below)) });
            }
        }
    }

    // What a value reads as: the first class with it. Two classes can share one when their schemas allow the same
    // single value (OpenAI's two kinds of input message are both type "message"); each still writes it.
    private static EquatableArray<DiscriminatorValueModel> ReadBy(IEnumerable<DiscriminatorValueModel> values) =>
        values.GroupBy(value => value.Value, StringComparer.Ordinal).Select(group => group.First()).ToEquatableArray();

    // A class's bases, nearest first; a cycle (which the builder prevents) or a depth over 64 ends the walk.
    private static List<string> Ancestors(string className, ModelSet models)
    {
        var ancestors = new List<string>();
        for (string? current = models.TryGet(className, out ObjectModel model) ? model.BaseName : null; current is not null && ancestors.Count < 64; current = models.TryGet(current, out ObjectModel parent) ? parent.BaseName : null)
        {
            ancestors.Add(current);
        }

        return ancestors;
    }
}
