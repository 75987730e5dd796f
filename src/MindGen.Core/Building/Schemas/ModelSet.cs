using System;
using System.Collections.Generic;
using MindGen.Model;

namespace MindGen.Building.Schemas;

/// <summary>
/// The types the schemas became, as they are built: classes by name (so that a later pass can replace one
/// with an updated copy in one step), enums and unions.
/// </summary>
internal sealed class ModelSet
{
    private readonly Dictionary<string, ObjectModel> _models = new(StringComparer.Ordinal);

    public IEnumerable<ObjectModel> Models => _models.Values;

    public List<EnumModel> Enums { get; } = [];

    public List<UnionModel> Unions { get; } = [];

    public ObjectModel this[string name] => _models[name];

    public bool TryGet(string name, out ObjectModel model) => _models.TryGetValue(name, out model!);

    /// <summary>Adds a class, or replaces the one of the same name with an updated copy.</summary>
    public void Put(ObjectModel model) => _models[model.Name] = model;
}
