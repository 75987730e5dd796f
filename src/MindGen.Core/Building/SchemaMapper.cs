using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/>s, creating an <see cref="ObjectModel"/> for every component object
/// and every inline object it meets. Component objects keep their component name; inline ones are named
/// from where they appear (<see cref="TypeNameHint"/>).
/// </summary>
internal sealed class SchemaMapper
{
    private const string ComponentsPointer = "#/components/schemas";
    private const string AdditionalPropertiesMember = "AdditionalProperties";

    private readonly DiagnosticSink _diagnostics;
    private readonly UniqueNameScope _typeNames;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, string> _componentClassNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliasesBeingMapped = new(StringComparer.Ordinal);

    // Alias components that became a union of scalars (`type: [string, number]`), so every reference shares one.
    private readonly Dictionary<string, TypeRef> _aliasUnions = new(StringComparer.Ordinal);
    private readonly List<ObjectModel> _models = [];
    private readonly Dictionary<string, ObjectModel?> _componentModels = new(StringComparer.Ordinal);
    private IDictionary<string, IOpenApiSchema> _components = new Dictionary<string, IOpenApiSchema>();

    // oneOf + discriminator over object components that belong to no other hierarchy: the union becomes a
    // base class and its members derive from it (member component → union component).
    private readonly Dictionary<string, string> _oneOfBases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _oneOfRoots = new(StringComparer.Ordinal);
    private readonly List<EnumModel> _enums = [];
    private readonly List<UnionModel> _unions = [];

    public SchemaMapper(DiagnosticSink diagnostics, UniqueNameScope typeNames, CancellationToken cancellationToken)
    {
        _diagnostics = diagnostics;
        _typeNames = typeNames;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<ObjectModel> Models => _models;

    public IReadOnlyList<EnumModel> Enums => _enums;

    public IReadOnlyList<UnionModel> Unions => _unions;

    /// <summary>
    /// Reserves a class name for every object component before anything else is named, so that component
    /// names win over names derived for inline schemas, then builds their classes.
    /// </summary>
    public void MapComponents(IDictionary<string, IOpenApiSchema>? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        var keys = schemas.Keys.OrderBy(key => key, StringComparer.Ordinal).ToList();
        FindOneOfHierarchies(schemas, keys);
        foreach (string key in keys)
        {
            if (schemas[key] is { } schema && (IsObject(schema) || EnumValues.Of(schema) is not null || UnionMembers(schema) is not null || _oneOfRoots.Contains(key)))
            {
                _componentClassNames[key] = _typeNames.Take(NonEmpty(Identifier.ToPascalCase(key), "Model"));
            }
        }

        _components = schemas;
        foreach (string key in keys)
        {
            if (_componentClassNames.ContainsKey(key))
            {
                EnsureComponent(key);
            }
        }

        foreach (string key in keys)
        {
            if (_componentModels.TryGetValue(key, out ObjectModel? model) && model is not null && schemas[key].Discriminator?.PropertyName is { Length: > 0 } property)
            {
                AddPolymorphism(key, model, schemas[key].Discriminator!, property);
            }
        }
    }

    /// <summary>
    /// A base class with a discriminator reads as the derived class its value names: explicit mapping
    /// entries first, then each derived component's own name. Derived classes learn their value too, so
    /// that they write it when the caller left it unset.
    /// </summary>
    private void AddPolymorphism(string key, ObjectModel baseModel, OpenApiDiscriminator discriminator, string property)
    {
        var depthByClass = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectModel model in _models)
        {
            int depth = 0;
            for (ObjectModel? current = model; current?.BaseName is { } parent && depth < 64; current = _models.FirstOrDefault(m => m.Name == parent))
            {
                depth++;
                if (parent == baseModel.Name)
                {
                    depthByClass[model.Name] = depth;
                    break;
                }
            }
        }

        var values = new List<DiscriminatorValueModel>();
        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (entry.Value?.Reference?.Id is { } id && _componentClassNames.TryGetValue(id, out string? className) && depthByClass.ContainsKey(className))
            {
                values.Add(new DiscriminatorValueModel(property, entry.Key, className));
            }
        }

        foreach (KeyValuePair<string, string> component in _componentClassNames)
        {
            if (depthByClass.ContainsKey(component.Value) && !values.Any(value => value.ClassName == component.Value))
            {
                values.Add(new DiscriminatorValueModel(property, component.Key, component.Value));
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        // Most-derived first: a C# switch on types rejects a case that an earlier one already covers.
        var ordered = values.OrderByDescending(value => depthByClass[value.ClassName]).ThenBy(value => value.Value, StringComparer.Ordinal).ToList();
        Replace(baseModel, baseModel with { Polymorphism = new PolymorphismModel(property, ordered.ToEquatableArray()) });
        foreach (DiscriminatorValueModel value in ordered.GroupBy(value => value.ClassName).Select(group => group.First()))
        {
            ObjectModel derived = _models.First(model => model.Name == value.ClassName);
            if (derived.Discriminator is null)
            {
                Replace(derived, derived with { Discriminator = value });
            }
        }

        // A class in the middle dispatches to its own descendants too: a Circle-typed member whose JSON
        // names a Ring reads as a Ring.
        foreach (string className in ordered.Select(value => value.ClassName).Distinct())
        {
            var below = ordered.Where(value => value.ClassName != className && InheritsFrom(value.ClassName, className)).ToList();
            if (below.Count > 0)
            {
                ObjectModel intermediate = _models.First(model => model.Name == className);
                Replace(intermediate, intermediate with { Polymorphism = new PolymorphismModel(property, below.ToEquatableArray()) });
            }
        }
    }

    private bool InheritsFrom(string className, string ancestor)
    {
        int depth = 0;
        for (ObjectModel? current = _models.FirstOrDefault(model => model.Name == className); current?.BaseName is { } parent && depth < 64; current = _models.FirstOrDefault(model => model.Name == parent), depth++)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private void Replace(ObjectModel old, ObjectModel updated)
    {
        _models[_models.IndexOf(old)] = updated;
        foreach (string key in _componentModels.Where(pair => pair.Value == old).Select(pair => pair.Key).ToList())
        {
            _componentModels[key] = updated;
        }
    }

    private void FindOneOfHierarchies(IDictionary<string, IOpenApiSchema> schemas, List<string> keys)
    {
        var claims = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            if (schemas[key] is not { Discriminator.PropertyName: { Length: > 0 } } schema || UnionMembers(schema) is not { } union)
            {
                continue;
            }

            var members = union.Members.Select(member => member.Schema is OpenApiSchemaReference { Reference.Id: { } id, Target: { } target } && IsPlainObject(target) && id != key ? id : null).ToList();
            if (members.All(member => member is not null))
            {
                foreach (string member in members!)
                {
                    (claims.TryGetValue(member, out List<string>? owners) ? owners : claims[member] = []).Add(key);
                }
            }
        }

        // A member in two such unions cannot derive from both: those unions stay unions.
        var shared = new HashSet<string>(claims.Where(claim => claim.Value.Count > 1).SelectMany(claim => claim.Value), StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> claim in claims.Where(claim => !shared.Contains(claim.Value[0])))
        {
            _oneOfBases[claim.Key] = claim.Value[0];
            _oneOfRoots.Add(claim.Value[0]);
        }
    }

    // Builds a component's class or enum once; null while it is being built (an inheritance cycle).
    private ObjectModel? EnsureComponent(string key)
    {
        if (_componentModels.TryGetValue(key, out ObjectModel? built))
        {
            return built;
        }

        _componentModels[key] = null;
        string className = _componentClassNames[key];
        if (EnumValues.Of(_components[key]) is { } values)
        {
            BuildEnum(className, _components[key], values);
            return null;
        }

        if (!_oneOfRoots.Contains(key) && UnionMembers(_components[key]) is { } union)
        {
            BuildUnion(className, _components[key], union.Keyword, union.Members, JsonPointer.Append(ComponentsPointer, key));
            return null;
        }

        ObjectModel model = BuildObject(className, _components[key], JsonPointer.Append(ComponentsPointer, key), key);
        _componentModels[key] = model;
        return model;
    }

    public TypeRef Map(IOpenApiSchema? schema, TypeNameHint hint, string pointer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (schema is null)
        {
            return new AnyTypeRef();
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference, hint, pointer);
        }

        if (!IsObject(schema))
        {
            // Objects are checked where their class is built, so that components are checked too.
            ReportIgnoredKeywords(schema, pointer);
        }

        JsonSchemaType types = schema.Type ?? 0;
        bool nullable = (types & JsonSchemaType.Null) != 0;
        types &= ~JsonSchemaType.Null;

        if (EnumValues.Of(schema) is { } enumValues)
        {
            string enumName = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
            BuildEnum(enumName, schema, enumValues);
            return new EnumTypeRef(enumName, enumValues.IsInteger) { IsNullable = nullable || enumValues.AdmitsNull };
        }

        if (TryMapComposition(schema, hint, pointer, out TypeRef? composed))
        {
            return composed with { IsNullable = composed.IsNullable || nullable };
        }

        TypeRef mapped = types switch
        {
            JsonSchemaType.String => new PrimitiveTypeRef(StringFormat(schema.Format)),
            JsonSchemaType.Integer => new PrimitiveTypeRef(schema.Format == "int32" ? PrimitiveKind.Int32 : PrimitiveKind.Int64),
            JsonSchemaType.Number => new PrimitiveTypeRef(NumberFormat(schema.Format)),
            JsonSchemaType.Boolean => new PrimitiveTypeRef(PrimitiveKind.Boolean),
            JsonSchemaType.Array => new ArrayTypeRef(Map(schema.Items, hint.ForItems(), JsonPointer.Append(pointer, "items"))),
            JsonSchemaType.Object or 0 => MapObject(schema, hint, pointer),
            _ => MapSeveralTypes(schema, types, hint, pointer),
        };
        return mapped with { IsNullable = nullable };
    }

    /// <summary>
    /// <c>type: [string, number, boolean]</c> (3.0's <c>anyOf</c> of plain scalars reads the same way): a
    /// union that keeps the JSON and offers one typed accessor per type. Other mixes (an object or an array
    /// among them) stay JsonElement.
    /// </summary>
    private TypeRef MapSeveralTypes(IOpenApiSchema schema, JsonSchemaType types, TypeNameHint hint, string pointer)
    {
        const JsonSchemaType Scalars = JsonSchemaType.String | JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.Boolean;
        if ((types & ~Scalars) != 0)
        {
            return Unsupported("A schema with several types", pointer, hint);
        }

        var variants = new List<UnionVariantModel>();
        foreach ((JsonSchemaType type, PrimitiveKind kind) in new[]
        {
            (JsonSchemaType.String, StringFormat(schema.Format)),
            (JsonSchemaType.Integer, schema.Format == "int32" ? PrimitiveKind.Int32 : PrimitiveKind.Int64),
            (JsonSchemaType.Number, NumberFormat(schema.Format)),
            (JsonSchemaType.Boolean, PrimitiveKind.Boolean),
        })
        {
            if ((types & type) != 0)
            {
                variants.Add(new UnionVariantModel(new PrimitiveTypeRef(kind), EquatableArray<string>.Empty));
            }
        }

        string name = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
        _unions.Add(new UnionModel(name, Describe(schema), variants.ToEquatableArray(), DiscriminatorProperty: null));
        return new UnionTypeRef(name);
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, TypeNameHint hint, string pointer)
    {
        string? id = reference.Reference?.Id;
        if (reference.Target is null || id is null)
        {
            _diagnostics.Report(
                DiagnosticCatalog.UnresolvedReference,
                JsonPointer.Append(pointer, "$ref"),
                reference.Reference?.ReferenceV3 ?? id ?? "$ref",
                hint.Name);
            return new AnyTypeRef();
        }

        bool nullable = ((reference.Target.Type ?? 0) & JsonSchemaType.Null) != 0;
        if (_componentClassNames.TryGetValue(id, out string? className))
        {
            if (!_oneOfRoots.Contains(id) && UnionMembers(reference.Target) is { } union)
            {
                return new UnionTypeRef(className) { IsNullable = nullable || union.AdmitsNull };
            }

            return EnumValues.Of(reference.Target) is { } values
                ? new EnumTypeRef(className, values.IsInteger) { IsNullable = nullable || values.AdmitsNull }
                : new ModelTypeRef(className) { IsNullable = nullable };
        }

        // A component that is a scalar or an array is an alias: use what it stands for. The guard stops a
        // component that refers to itself through aliases only (`A: {$ref: B}, B: {$ref: A}`).
        if (!_aliasesBeingMapped.Add(id))
        {
            return Unsupported("A reference cycle without any object", pointer, hint);
        }

        if (_aliasUnions.TryGetValue(id, out TypeRef? shared))
        {
            return shared;
        }

        try
        {
            TypeRef aliased = Map(reference.Target, new TypeNameHint(NonEmpty(Identifier.ToPascalCase(id), "Model"), null), JsonPointer.Append(ComponentsPointer, id));
            if (aliased is UnionTypeRef)
            {
                _aliasUnions[id] = aliased;
            }

            return aliased;
        }
        finally
        {
            _aliasesBeingMapped.Remove(id);
        }
    }

    // allOf/oneOf/anyOf of a single schema (optionally beside `type: null`) is the common way to make a
    // reference nullable or to describe it; anything richer is not supported yet.
    private bool TryMapComposition(IOpenApiSchema schema, TypeNameHint hint, string pointer, out TypeRef result)
    {
        foreach ((string keyword, IList<IOpenApiSchema>? members) in new[] { ("allOf", schema.AllOf), ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (members is not { Count: > 0 })
            {
                continue;
            }

            var nonNull = members.Where(member => member is not null && member.Type != JsonSchemaType.Null).ToList();
            bool admitsNull = nonNull.Count < members.Count;
            if (keyword == "allOf" && IsComposedObject(schema))
            {
                result = MapObject(schema, hint, pointer);
                return true;
            }

            // allOf members that only describe or constrain (`{minLength: 1}`, `{description: …}`) do not
            // change the C# type.
            if (keyword == "allOf" && nonNull.Count > 1 && nonNull.Where(member => !IsAnnotationOnly(member)).ToList() is { Count: > 0 } structural)
            {
                nonNull = structural;
            }

            // Members that are all the same scalar (`anyOf: [{type: string, pattern: a}, {type: string, pattern: b}]`)
            // are that scalar: a union of identical types would only add ceremony.
            if (nonNull.Count > 1 && schema.Properties is not { Count: > 0 } && SameScalar(nonNull) is { } scalar)
            {
                result = new PrimitiveTypeRef(scalar) { IsNullable = admitsNull };
                return true;
            }

            if (nonNull.Count == 1 && schema.Properties is not { Count: > 0 })
            {
                int index = members.IndexOf(nonNull[0]);
                result = Map(nonNull[0], hint, JsonPointer.Append(pointer, keyword, index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                result = result with { IsNullable = result.IsNullable || admitsNull };
                return true;
            }

            if (keyword != "allOf" && UnionMembers(schema) is { } union)
            {
                string unionName = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
                BuildUnion(unionName, schema, union.Keyword, union.Members, pointer);
                result = new UnionTypeRef(unionName) { IsNullable = admitsNull };
                return true;
            }

            result = Unsupported($"'{keyword}' with {nonNull.Count} schemas", JsonPointer.Append(pointer, keyword), hint);
            return true;
        }

        result = null!;
        return false;
    }

    private TypeRef MapObject(IOpenApiSchema schema, TypeNameHint hint, string pointer)
    {
        if (schema.Properties is { Count: > 0 } || IsComposedObject(schema))
        {
            string className = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
            BuildObject(className, schema, pointer);
            return new ModelTypeRef(className);
        }

        if (schema.AdditionalProperties is { } values)
        {
            return new MapTypeRef(Map(values, hint.ForMapValues(), JsonPointer.Append(pointer, "additionalProperties")));
        }

        return new AnyTypeRef();
    }

    private ObjectModel BuildObject(string className, IOpenApiSchema schema, string pointer, string? componentKey = null)
    {
        // allOf with exactly one reference to an object component is inheritance: the class derives from
        // that component's class. Everything else in allOf is composition: its properties are copied in.
        // A member of a discriminated oneOf derives from the oneOf's class.
        (string Key, ObjectModel Model)? baseClass = componentKey is not null && _oneOfBases.TryGetValue(componentKey, out string? oneOfBase) && EnsureComponent(oneOfBase) is { } root
            ? (oneOfBase, root)
            : FindBaseClass(schema);
        ReportIgnoredKeywords(schema, pointer);

        // Members may not be named like their class (CS0542), nor like the bag of unknown properties.
        var memberNames = new UniqueNameScope(StringComparer.Ordinal);
        memberNames.Take(className);
        string additionalPropertiesName = baseClass?.Model.AdditionalPropertiesName ?? memberNames.Take(AdditionalPropertiesMember);
        memberNames.Take(additionalPropertiesName);

        var properties = new List<PropertyModel>();
        var jsonNames = new HashSet<string>(StringComparer.Ordinal);
        if (baseClass is { } inherited)
        {
            foreach (PropertyModel property in inherited.Model.Properties)
            {
                memberNames.Take(property.Name);
                jsonNames.Add(property.JsonName);
                properties.Add(property with { IsInherited = true });
            }
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        var declared = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)>();
        CollectMembers(schema, pointer, baseClass?.Key, declared, required, depth: 0);
        foreach ((string jsonName, IOpenApiSchema propertySchema, string propertyPointer) in declared)
        {
            if (!jsonNames.Add(jsonName))
            {
                continue;
            }

            string name = NonEmpty(Identifier.ToPascalCase(jsonName), "Property");
            // Clashes with the class or the bag read better as "…Value"; clashes between members get numbers.
            name = name == className || name == additionalPropertiesName ? name + "Value" : name;
            TypeRef type = Map(propertySchema, TypeNameHint.ForProperty(className, jsonName), propertyPointer);
            properties.Add(new PropertyModel(memberNames.Take(name), jsonName, type, required.Contains(jsonName), Describe(propertySchema), Notes: Notes(propertySchema)));
        }

        // Members beyond the declared ones go to the bag: typed when the schema types them, JSON otherwise.
        // A derived class shares its root's bag, so its own additionalProperties cannot retype it.
        TypeRef? bagType = baseClass?.Model.AdditionalPropertiesType;
        if (schema.AdditionalProperties is { } extra && properties.Count > 0)
        {
            string extraPointer = JsonPointer.Append(pointer, "additionalProperties");
            if (baseClass is not null)
            {
                _diagnostics.Report(DiagnosticCatalog.KeywordIgnored, extraPointer, "additionalProperties", pointer, "a derived class shares the bag of its base, so extra members keep the base's type");
            }
            else if (Map(extra, new TypeNameHint(className, null).ForMapValues(), extraPointer) is { } typed and not AnyTypeRef)
            {
                bagType = typed;
            }
        }

        var model = new ObjectModel(className, Describe(schema), properties.ToEquatableArray(), additionalPropertiesName, baseClass?.Model.Name, AdditionalPropertiesType: bagType);
        _models.Add(model);
        return model;
    }

    private (string Key, ObjectModel Model)? FindBaseClass(IOpenApiSchema schema)
    {
        var references = (schema.AllOf ?? [])
            .OfType<OpenApiSchemaReference>()
            .Where(reference => reference.Reference?.Id is { } id && _componentClassNames.ContainsKey(id) && IsObject(reference.Target!))
            .ToList();
        if (references.Count != 1)
        {
            return null;
        }

        string key = references[0].Reference!.Id!;
        return EnsureComponent(key) is { } model ? (key, model) : null;
    }

    // The properties an object declares itself and through allOf (recursively), with the required names.
    private void CollectMembers(IOpenApiSchema? schema, string pointer, string? skipComponent, List<(string, IOpenApiSchema, string)> members, HashSet<string> required, int depth)
    {
        if (schema is null || depth > 32)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference?.Id is { } id && id != skipComponent && reference.Target is { } target)
            {
                CollectMembers(target, JsonPointer.Append(ComponentsPointer, id), null, members, required, depth + 1);
            }

            return;
        }

        foreach (string name in schema.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }

        IList<IOpenApiSchema> allOf = schema.AllOf ?? [];
        for (int i = 0; i < allOf.Count; i++)
        {
            CollectMembers(allOf[i], JsonPointer.Append(pointer, "allOf", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), skipComponent, members, required, depth + 1);
        }

        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            members.Add((property.Key, property.Value, JsonPointer.Append(pointer, "properties", property.Key)));
        }
    }

    // allOf whose members are all objects (inline, or references to one; a member may only add `required`)
    // describes one merged object. The depth guard stops allOf cycles (A allOf B, B allOf A).
    private static bool IsComposedObject(IOpenApiSchema schema, int depth = 0) =>
        depth < 16
        && schema.AllOf is { Count: > 0 } allOf
        && (allOf.Count > 1 || schema.Properties is { Count: > 0 })
        && ((schema.Type ?? 0) & ~JsonSchemaType.Null) is JsonSchemaType.Object or 0
        && allOf.All(member => member is not null && IsObjectLike(member is OpenApiSchemaReference { Target: { } target } ? target : member, depth + 1))
        && allOf.Any(member => member is OpenApiSchemaReference { Target: { } target } ? IsObject(target, depth + 1) : IsObject(member, depth + 1));

    private static bool IsObjectLike(IOpenApiSchema schema, int depth) =>
        schema is not OpenApiSchemaReference
        && ((schema.Type ?? 0) & ~JsonSchemaType.Null) is JsonSchemaType.Object or 0
        && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.Enum is not { Count: > 0 }
        && (schema.AllOf is not { Count: > 0 } || IsComposedObject(schema, depth));

    /// <summary>
    /// The members of a oneOf/anyOf with two or more non-null schemas and nothing beside it (members
    /// declared next to a oneOf are not supported yet); null for anything else.
    /// </summary>
    private static bool IsAnnotationOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && ((schema.Type ?? 0) & ~JsonSchemaType.Null) == 0
        && schema.Properties is not { Count: > 0 } && schema.Items is null && schema.AdditionalProperties is null
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
        && schema.Enum is not { Count: > 0 } && schema.Const is null;

    /// <summary>The one scalar kind every member is, when each is an inline string, integer, number or boolean without an enum.</summary>
    private static PrimitiveKind? SameScalar(List<IOpenApiSchema> members)
    {
        PrimitiveKind? kind = null;
        foreach (IOpenApiSchema member in members)
        {
            if (member is OpenApiSchemaReference || EnumValues.Of(member) is not null || !IsAnnotationOnlyBesidesType(member))
            {
                return null;
            }

            PrimitiveKind? memberKind = ((member.Type ?? 0) & ~JsonSchemaType.Null) switch
            {
                JsonSchemaType.String => StringFormat(member.Format),
                JsonSchemaType.Integer => member.Format == "int32" ? PrimitiveKind.Int32 : PrimitiveKind.Int64,
                JsonSchemaType.Number => NumberFormat(member.Format),
                JsonSchemaType.Boolean => PrimitiveKind.Boolean,
                _ => null,
            };
            if (memberKind is null || (kind is not null && kind != memberKind))
            {
                return null;
            }

            kind = memberKind;
        }

        return kind;

        static bool IsAnnotationOnlyBesidesType(IOpenApiSchema schema) =>
            schema.Properties is not { Count: > 0 } && schema.Items is null && schema.AdditionalProperties is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };
    }

    private static (string Keyword, List<(IOpenApiSchema Schema, int Index)> Members, bool AdmitsNull)? UnionMembers(IOpenApiSchema? schema)
    {
        if (schema is null or OpenApiSchemaReference || schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 })
        {
            return null;
        }

        (string keyword, IList<IOpenApiSchema>? members) = schema.OneOf is { Count: > 0 } ? ("oneOf", schema.OneOf) : ("anyOf", schema.AnyOf);
        if (members is not { Count: > 0 })
        {
            return null;
        }

        var nonNull = members.Select((member, index) => (member, index)).Where(pair => pair.member is not null && pair.member.Type != JsonSchemaType.Null).ToList();
        return nonNull.Count >= 2 && SameScalar(nonNull.ConvertAll(pair => pair.member)) is null ? (keyword, nonNull, nonNull.Count < members.Count) : null;
    }

    private void BuildUnion(string name, IOpenApiSchema schema, string keyword, List<(IOpenApiSchema Schema, int Index)> members, string pointer)
    {
        // Register first: a variant may refer back to the union.
        var variants = new List<UnionVariantModel>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        OpenApiDiscriminator? discriminator = schema.Discriminator;
        foreach ((IOpenApiSchema member, int index) in members)
        {
            string? title = member is OpenApiSchemaReference ? null : member.Title;
            var hint = new TypeNameHint(title is { Length: > 0 } && Identifier.ToPascalCase(title) is { Length: > 0 } titled ? titled : name + "Variant" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            TypeRef type = Map(member, hint, JsonPointer.Append(pointer, keyword, index.ToString(System.Globalization.CultureInfo.InvariantCulture))) with { IsNullable = false };
            if (!keys.Add(TypeKey.Of(type)))
            {
                continue;
            }

            variants.Add(new UnionVariantModel(type, DiscriminatorValues(discriminator, member).ToEquatableArray()));
        }

        _unions.Add(new UnionModel(name, Describe(schema), variants.ToEquatableArray(), discriminator?.PropertyName is { Length: > 0 } property ? property : null));
    }

    // The values naming a variant: explicit mapping entries that point at it, else its component name.
    private static List<string> DiscriminatorValues(OpenApiDiscriminator? discriminator, IOpenApiSchema member)
    {
        var values = new List<string>();
        if (discriminator?.PropertyName is not { Length: > 0 } || member is not OpenApiSchemaReference { Reference.Id: { } id })
        {
            return values;
        }

        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (entry.Value?.Reference?.Id == id)
            {
                values.Add(entry.Key);
            }
        }

        if (values.Count == 0)
        {
            values.Add(id);
        }

        return values;
    }

    private void BuildEnum(string name, IOpenApiSchema schema, EnumValues values)
    {
        // The struct's own members are taken first, so a listed value named "Value" becomes "ValueValue".
        var memberNames = new UniqueNameScope(StringComparer.Ordinal);
        foreach (string taken in new[] { name, "Value", "IsDefined", "Equals", "GetHashCode", "ToString", "GetType" })
        {
            memberNames.Take(taken);
        }

        var members = new List<EnumMemberModel>();
        foreach (string value in values.Values)
        {
            string candidate = values.IsInteger
                ? "Value" + value.Replace("-", "Minus")
                : Identifier.ToPascalCase(value) is { Length: > 0 } pascal ? pascal : "Empty";
            if (memberNames.IsTaken(candidate) && !memberNames.IsTaken(candidate + "Value"))
            {
                candidate += "Value";
            }

            members.Add(new EnumMemberModel(memberNames.Take(candidate), value));
        }

        _enums.Add(new EnumModel(name, Describe(schema), values.IsInteger, members.ToEquatableArray()));
    }

    // Keywords that constrain a value's shape in ways a C# type does not express: said, not dropped silently.
    private void ReportIgnoredKeywords(IOpenApiSchema schema, string pointer)
    {
        if (schema.PatternProperties is { Count: > 0 })
        {
            _diagnostics.Report(DiagnosticCatalog.KeywordIgnored, JsonPointer.Append(pointer, "patternProperties"), "patternProperties", pointer, "matching members are kept as JSON in AdditionalProperties");
        }

        if (schema.Not is not null)
        {
            _diagnostics.Report(DiagnosticCatalog.KeywordIgnored, JsonPointer.Append(pointer, "not"), "not", pointer, "it only restricts values; nothing is checked");
        }

        foreach (string keyword in new[] { "prefixItems", "if", "then", "else", "dependentSchemas", "unevaluatedItems" })
        {
            if (schema.UnrecognizedKeywords?.ContainsKey(keyword) == true)
            {
                _diagnostics.Report(DiagnosticCatalog.KeywordIgnored, JsonPointer.Append(pointer, keyword), keyword, pointer, "the value is read by its other keywords only");
            }
        }
    }

    private TypeRef Unsupported(string construct, string pointer, TypeNameHint hint)
    {
        _diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, construct, pointer, hint.Name);
        return new AnyTypeRef();
    }

    // Facts of a property that its C# type cannot carry. The server applies defaults, so they are
    // documented rather than assigned; examples and defaults are spec text, escaped where they land.
    private static string? Notes(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        var notes = new List<string>();
        if (schema.ReadOnly)
        {
            notes.Add("Read-only: set by the server; a request may leave it out.");
        }

        if (schema.WriteOnly)
        {
            notes.Add("Write-only: sent in requests, never returned.");
        }

        if (schema.Deprecated)
        {
            notes.Add("Deprecated by the API.");
        }

        if (schema.Default is { } defaultValue)
        {
            notes.Add("Default: " + defaultValue.ToJsonString());
        }

        if ((schema.Examples?.FirstOrDefault() ?? SingleExample(schema)) is { } example)
        {
            notes.Add("Example: " + example.ToJsonString());
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    // The 3.0 `example` keyword, which most specs still use; the reader marks it obsolete in favour of 3.1's `examples`.
#pragma warning disable CS0618
    private static System.Text.Json.Nodes.JsonNode? SingleExample(IOpenApiSchema schema) => schema.Example;
#pragma warning restore CS0618

    internal static string? Describe(IOpenApiSchema? schema)
    {
        string? description = schema?.Description;
        return string.IsNullOrWhiteSpace(description) ? (string.IsNullOrWhiteSpace(schema?.Title) ? null : schema!.Title) : description;
    }

    private static bool IsObject(IOpenApiSchema schema, int depth = 0) =>
        schema is not OpenApiSchemaReference && (IsPlainObject(schema) || IsComposedObject(schema, depth));

    private static bool IsPlainObject(IOpenApiSchema schema) =>
        schema.Properties is { Count: > 0 }
        && ((schema.Type ?? 0) & ~JsonSchemaType.Null) is JsonSchemaType.Object or 0
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };

    private static PrimitiveKind StringFormat(string? format) => format switch
    {
        "date" => PrimitiveKind.Date,
        "date-time" => PrimitiveKind.DateTime,
        "time" => PrimitiveKind.Time,
        "duration" => PrimitiveKind.Duration,
        "uuid" => PrimitiveKind.Guid,
        "uri" => PrimitiveKind.Uri,
        "byte" => PrimitiveKind.Base64Bytes,
        _ => PrimitiveKind.String,
    };

    private static PrimitiveKind NumberFormat(string? format) => format switch
    {
        "float" => PrimitiveKind.Single,
        "decimal" => PrimitiveKind.Decimal,
        "int32" => PrimitiveKind.Int32,
        "int64" => PrimitiveKind.Int64,
        _ => PrimitiveKind.Double,
    };

    private static string NonEmpty(string name, string fallback) => name.Length == 0 ? fallback : name;
}
