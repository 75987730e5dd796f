using MindGen.Emit.Json;
using MindGen.Model;

namespace MindGen.Core.Tests.Emit;

/// <summary>Where a shape's JSON methods live: in one nested part while they are few, else in even, stable parts; scalars on the context.</summary>
public sealed class JsonPartitionsTests
{
    [Fact]
    public void Below_the_bound_the_shapes_share_one_part_which_calls_them_unqualified()
    {
        var parts = new JsonPartitions(Classes(100), shapesPerPart: 100);

        Assert.Equal(["JsonPart0"], parts.Names);
        Assert.Equal("JsonPart0", parts.PartOf(new ModelTypeRef("Model7")));
        Assert.Equal("Read_Model7", parts.Qualified(new ModelTypeRef("Model7"), "Read_Model7", fromPart: true));
        Assert.Equal("JsonPart0.Read_Model7", parts.Qualified(new ModelTypeRef("Model7"), "Read_Model7", fromPart: false));
        // Public in a private class: a reference assembly keeps it without going over the part's members (see JsonPartitions).
        Assert.Equal("public", parts.Access(new ModelTypeRef("Model7")));
        Assert.Equal("private", parts.Access(new PrimitiveTypeRef(PrimitiveKind.Int64)));
    }

    [Fact]
    public void Above_it_the_shapes_spread_over_a_power_of_two_of_parts_and_the_scalars_stay()
    {
        var parts = new JsonPartitions(Classes(1_000), shapesPerPart: 100);

        Assert.Equal(16, parts.Names.Count);
        Assert.All(Classes(1_000).GroupBy(parts.PartOf), part => Assert.InRange(part.Count(), 1, 200));
        Assert.StartsWith("JsonPart", parts.Qualified(new ModelTypeRef("Model7"), "Read_Model7", fromPart: true), StringComparison.Ordinal);
        Assert.Equal("public", parts.Access(new ModelTypeRef("Model7")));
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
