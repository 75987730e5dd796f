using MindGen.Emit.Json;
using MindGen.Model;

namespace MindGen.Core.Tests.Emit;

/// <summary>Where a shape's JSON methods live: on the context while they are few, else in even, stable parts.</summary>
public sealed class JsonPartitionsTests
{
    [Fact]
    public void Below_the_bound_every_method_stays_on_the_context()
    {
        var parts = new JsonPartitions(Classes(100), shapesPerPart: 100);

        Assert.Empty(parts.Names);
        Assert.Null(parts.PartOf(new ModelTypeRef("Model7")));
        Assert.Equal("Read_Model7", parts.Qualified(new ModelTypeRef("Model7"), "Read_Model7"));
        Assert.Equal("private", parts.Access(new ModelTypeRef("Model7")));
    }

    [Fact]
    public void Above_it_the_shapes_spread_over_a_power_of_two_of_parts_and_the_scalars_stay()
    {
        var parts = new JsonPartitions(Classes(1_000), shapesPerPart: 100);

        Assert.Equal(16, parts.Names.Count);
        Assert.All(Classes(1_000).GroupBy(parts.PartOf), part => Assert.InRange(part.Count(), 1, 200));
        Assert.StartsWith("JsonPart", parts.Qualified(new ModelTypeRef("Model7"), "Read_Model7"), StringComparison.Ordinal);
        Assert.Equal("internal", parts.Access(new ModelTypeRef("Model7")));
        Assert.Null(parts.PartOf(new PrimitiveTypeRef(PrimitiveKind.Int64)));
    }

    [Fact]
    public void A_shape_added_to_the_spec_moves_no_other_while_the_count_of_parts_holds()
    {
        var before = new JsonPartitions(Classes(1_000), shapesPerPart: 100);
        var after = new JsonPartitions(Classes(1_500), shapesPerPart: 100);

        Assert.Equal(before.Names, after.Names);
        Assert.All(Classes(1_000), shape => Assert.Equal(before.PartOf(shape), after.PartOf(shape)));
    }

    private static IEnumerable<TypeRef> Classes(int count) => Enumerable.Range(0, count).Select(index => new ModelTypeRef("Model" + index));
}
