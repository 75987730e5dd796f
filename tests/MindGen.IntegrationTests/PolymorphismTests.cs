using System.Text.Json;
using Features;

namespace MindGen.IntegrationTests;

/// <summary>A base schema with a discriminator and allOf-derived schemas: a C# class hierarchy on the wire.</summary>
public sealed class PolymorphismTests
{
    [Fact]
    public void The_discriminator_picks_the_derived_class_wherever_the_base_appears()
    {
        const string json = """{"shapes":[{"type":"circle","radius":2,"label":"c"},{"label":"s","side":3,"type":"square"},{"type":"hexagon","label":"h","corners":6}]}""";
        Drawing drawing = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Drawing)!;

        Circle circle = Assert.IsType<Circle>(drawing.Shapes![0]);
        Assert.Equal((2d, "c"), (circle.Radius!.Value, circle.Label));
        Square square = Assert.IsType<Square>(drawing.Shapes[1]);
        Assert.Equal(3d, square.Side);
        Shape unknown = Assert.IsType<Shape>(drawing.Shapes[2]);
        Assert.Equal(6, unknown.AdditionalProperties!["corners"].GetInt32());

        Assert.Equal(
            """{"shapes":[{"type":"circle","label":"c","radius":2},{"type":"square","label":"s","side":3},{"type":"hexagon","label":"h","corners":6}]}""",
            JsonSerializer.Serialize(drawing, FeaturesJsonContext.Default.Drawing));
    }

    [Fact]
    public void A_class_in_the_middle_of_a_hierarchy_dispatches_to_its_descendants()
    {
        const string json = """{"type":"ring","radius":2,"inner":1}""";

        Ring asCircle = Assert.IsType<Ring>(JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Circle));
        Ring asShape = Assert.IsType<Ring>(JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Shape));
        Assert.Equal((2d, 1d), (asCircle.Radius!.Value, asCircle.Inner!.Value));
        Assert.IsType<Circle>(JsonSerializer.Deserialize("""{"type":"circle","radius":2}""", FeaturesJsonContext.Default.Circle));
        Assert.Equal(json, JsonSerializer.Serialize<Circle>(asShape, FeaturesJsonContext.Default.Circle));
    }

    [Fact]
    public void A_derived_instance_held_as_its_base_writes_all_its_members()
    {
        Shape shape = new Circle { Radius = 1 };
        Assert.Equal("""{"type":"circle","radius":1}""", JsonSerializer.Serialize(shape, FeaturesJsonContext.Default.Shape));
    }

    [Fact]
    public void Every_class_sets_its_own_discriminator_and_writes_it_first()
    {
        // The base lists `type` as required; still nobody has to set it, and it leads the object, where
        // System.Text.Json's polymorphic reader (an ASP.NET Core server) wants it.
        Assert.Equal(("circle", "square", "ring"), (new Circle().Type, new Square().Type, new Ring().Type));
        Assert.Equal("""{"type":"ring","label":"r","radius":2,"inner":1}""", JsonSerializer.Serialize<Shape>(new Ring { Inner = 1, Label = "r", Radius = 2 }, FeaturesJsonContext.Default.Shape));
    }

    [Fact]
    public void A_body_without_its_discriminator_reads_as_the_class_asked_for_with_its_members()
    {
        Shape shape = JsonSerializer.Deserialize("""{"label":"plain","corners":4}""", FeaturesJsonContext.Default.Shape)!;
        Circle circle = JsonSerializer.Deserialize("""{"radius":3}""", FeaturesJsonContext.Default.Circle)!;

        Assert.Equal(("Shape", "plain", 4), (shape.Type, shape.Label, shape.AdditionalProperties!["corners"].GetInt32()));
        Assert.Equal(("circle", 3d), (circle.Type, circle.Radius!.Value));
    }

    [Fact]
    public void A_discriminated_oneOf_of_independent_objects_becomes_a_base_class()
    {
        const string json = """{"payments":[{"kind":"card","last4":"4242"},{"kind":"transfer","iban":"DE00"},{"kind":"crypto","wallet":"0x"}]}""";
        IReadOnlyList<Payment> payments = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Wallet)!.Payments!;

        Assert.Equal("4242", Assert.IsType<Card>(payments[0]).Last4);
        Assert.Equal("DE00", Assert.IsType<Transfer>(payments[1]).Iban);
        Assert.Equal("0x", Assert.IsType<Payment>(payments[2]).AdditionalProperties!["wallet"].GetString());
        Assert.Equal(json, JsonSerializer.Serialize(new Wallet { Payments = payments }, FeaturesJsonContext.Default.Wallet));
    }

    [Fact]
    public void Members_beside_a_discriminated_oneOf_belong_to_its_base_class_and_every_choice_has_them()
    {
        const string json = """{"type":"user","note":"on call","accountId":"5b10a"}""";
        ContextVariable variable = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.ContextVariable)!;

        UserVariable user = Assert.IsType<UserVariable>(variable);
        Assert.Equal(("on call", "5b10a"), (user.Note, user.AccountId));
        Assert.Equal(json, JsonSerializer.Serialize(variable, FeaturesJsonContext.Default.ContextVariable));
        Assert.Equal("""{"type":"issue","note":"x","key":"MG-1"}""", JsonSerializer.Serialize<ContextVariable>(new IssueVariable { Note = "x", Key = "MG-1" }, FeaturesJsonContext.Default.ContextVariable));
    }

    [Fact]
    public void A_member_of_a_discriminated_oneOf_names_itself_when_its_discriminator_is_unset()
    {
        Payment payment = new Card { Last4 = "1111" };
        Assert.Equal("""{"kind":"card","last4":"1111"}""", JsonSerializer.Serialize(payment, FeaturesJsonContext.Default.Payment));
    }
}
