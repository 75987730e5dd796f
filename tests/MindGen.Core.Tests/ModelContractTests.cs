using System.Collections;
using System.Reflection;
using MindGen.Model;

namespace MindGen.Core.Tests;

/// <summary>
/// The incremental generator compares models to skip work: every type reachable from
/// <see cref="ApiDescription"/> must compare by value, and two builds of one spec must be equal.
/// </summary>
public sealed class ModelContractTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "enneo-mind-worklog.yaml");

    [Fact]
    public void Every_type_in_the_model_compares_by_value()
    {
        var offenders = new List<string>();
        var seen = new HashSet<Type>();
        Walk(typeof(ModelResult), seen, offenders);
        Assert.Empty(offenders);
        Assert.Contains(typeof(PropertyModel), seen);
        Assert.Contains(typeof(SecuritySchemeModel), seen);
    }

    [Fact]
    public void Two_builds_of_the_same_text_are_equal_and_an_edit_is_not()
    {
        string text = File.ReadAllText(SpecPath);
        ModelResult first = MindGenEngine.BuildModel(new SpecInput("spec.yaml", text, "Enneo.Mind"));
        ModelResult second = MindGenEngine.BuildModel(new SpecInput("spec.yaml", text + "\n# comment\n", "Enneo.Mind"));
        ModelResult edited = MindGenEngine.BuildModel(new SpecInput("spec.yaml", text.Replace("type: boolean", "type: string"), "Enneo.Mind"));

        Assert.NotNull(first.Api);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, edited);
    }

    private static void Walk(Type type, HashSet<Type> seen, List<string> offenders)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
        {
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, seen, offenders);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], seen, offenders);
            return;
        }

        bool isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type));
        if (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type) || !isRecord || type.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) == true)
        {
            offenders.Add(type.FullName!);
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name != "EqualityContract")
            {
                Walk(property.PropertyType, seen, offenders);
            }
        }

        foreach (Type derived in type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type)))
        {
            Walk(derived, seen, offenders);
        }
    }
}
