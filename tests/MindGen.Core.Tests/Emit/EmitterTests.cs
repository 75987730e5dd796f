using MindGen.Emit;
using MindGen.Model;

namespace MindGen.Core.Tests.Emit;

/// <summary>The emitters from a model built by hand: what each writes follows from the model's facts alone.</summary>
public sealed class EmitterTests
{
    private static readonly ApiDescription Api = new(
        "Shop",
        "ShopClient",
        "ShopClientOptions",
        "ShopJsonContext",
        "Shop API",
        null,
        "1",
        "https://shop.test/",
        Models: Of(
            new ObjectModel(
                "Order",
                null,
                Of(
                    new PropertyModel("Id", "id", new PrimitiveTypeRef(PrimitiveKind.Int64), true, null),
                    new PropertyModel("Note", "note", new PrimitiveTypeRef(PrimitiveKind.String), false, "A note.", Facts: new MemberFacts(true, false, true, "\"none\"", null)),
                    new PropertyModel("Status", "status", new EnumTypeRef("Status", false), false, null)),
                "AdditionalProperties")),
        Enums: Of(new EnumModel("Status", null, false, Of(new EnumMemberModel("Open", "open"), new EnumMemberModel("ValueValue", "value")))),
        Unions: EquatableArray<UnionModel>.Empty,
        Operations: Of(
            new OperationModel(
                "GetOrderAsync",
                "getOrder",
                "GET",
                Of(new PathPart("orders/", false), new PathPart("orderId", true)),
                Of(
                    new ParameterModel("orderId", "orderId", ParameterLocation.Path, new PrimitiveTypeRef(PrimitiveKind.Int64), true, null),
                    new ParameterModel("id", "id", ParameterLocation.Query, new PrimitiveTypeRef(PrimitiveKind.Int64), false, null, ParameterStyle.Form, Explode: true),
                    new ParameterModel("idValue", "id-value", ParameterLocation.Query, new PrimitiveTypeRef(PrimitiveKind.String), false, null, ParameterStyle.Form, Explode: true),
                    new ParameterModel("tags", "tags", ParameterLocation.Query, new ArrayTypeRef(new PrimitiveTypeRef(PrimitiveKind.String)), false, null, ParameterStyle.PipeDelimited)),
                null,
                new ResponseModel(
                    new ModelTypeRef("Order"),
                    "The order.",
                    Errors: Of(new ErrorResponseModel(new StatusPattern(StatusPatternKind.Exact, 404), new ModelTypeRef("Order"), "Not there."), new ErrorResponseModel(new StatusPattern(StatusPatternKind.Class, 5), new ModelTypeRef("Order"), null))),
                null,
                null,
                IsDeprecated: true,
                Security: EquatableArray<SecurityRequirementModel>.Empty,
                ResponseMethodName: "GetOrderWithResponseAsync")),
        SecuritySchemes: EquatableArray<SecuritySchemeModel>.Empty);

    private static EquatableArray<T> Of<T>(params T[] items)
        where T : IEquatable<T> => items.ToEquatableArray();

    private static readonly Dictionary<string, string> Files = SourceEmitter.Emit(Api, new EmitOptions()).ToDictionary(file => file.HintName, file => file.Text);

    [Fact]
    public void Emits_one_file_per_type_and_the_plumbing()
    {
        Assert.Equal(
            [
                "Shop.ApiException.g.cs", "Shop.ApiResponse.g.cs", "Shop.IShopClient.g.cs", "Shop.Order.g.cs", "Shop.RequestOptions.g.cs", "Shop.RetryOptions.g.cs", "Shop.ShopClient.g.cs", "Shop.ShopClientOptions.g.cs",
                "Shop.ShopClientRuntime.g.cs", "Shop.ShopJsonContext.Classes.O.g.cs", "Shop.ShopJsonContext.Helpers.g.cs", "Shop.ShopJsonContext.g.cs", "Shop.Status.g.cs",
            ],
            Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_model_documents_its_facts_in_words_and_marks_what_is_required()
    {
        string order = Files["Shop.Order.g.cs"];
        Assert.Contains("/// <summary>The Order object of the Shop API.</summary>", order);
        Assert.Contains("public required long Id { get; set; }", order);
        Assert.Contains("/// <remarks>JSON name: note. Read-only: set by the server; a request may leave it out. Deprecated by the API. Default: \"none\"</remarks>", order.Replace("&quot;", "\""));
        Assert.Contains("public api::Status? Status { get; set; }", order);
    }

    [Fact]
    public void The_client_maps_status_patterns_styles_and_literals_to_code()
    {
        string client = Files["Shop.ShopClient.g.cs"];
        Assert.Contains("using @runtime_ = global::Shop.ShopClientRuntime;", client);
        Assert.Contains("404 => runtime_.Error(", client);
        Assert.Contains(">= 500 and <= 599 => runtime_.Error(", client);
        Assert.Contains("/// <exception cref=\"ApiException{T}\">For status 5XX,", Files["Shop.IShopClient.g.cs"]);
        Assert.Contains("/// <inheritdoc cref=\"IShopClient.GetOrderAsync\"/>\n    [sys::Obsolete(\"The API marks this operation as deprecated.\")]", client);
        Assert.Contains("public partial class ShopClient : api::ShopClientOperations, api::IShopClient", client);
        Assert.Contains("allowNull: false", client);
        Assert.Contains("\"pipeDelimited\", explode: false);", client);
    }

    [Fact]
    public void A_local_for_an_optional_parameter_never_takes_another_parameters_name()
    {
        // idValue is a parameter, so the local holding id's value when set is idValue2, not idValue.
        string client = Files["Shop.ShopClient.g.cs"];
        Assert.Contains("if (id is { } idValue2)", client);
        Assert.Contains("if (idValue is { } idValueValue)", client);
    }

    [Fact]
    public void An_open_enum_is_its_template_around_the_listed_values()
    {
        string status = Files["Shop.Status.g.cs"];
        Assert.Contains("public static api::Status ValueValue => new api::Status(\"value\");", status);
        Assert.Contains("public string Value => _value ?? string.Empty;", status);
        Assert.Contains("public bool IsDefined => Value is \"open\" or \"value\";", status);
        Assert.DoesNotContain("MindGen.Templates", status);
        Assert.DoesNotContain("StringEnum", status);
    }

    [Fact]
    public void Plumbing_is_marked_so_just_my_code_steps_over_it()
    {
        foreach (string file in new[] { "Shop.ShopClient.g.cs", "Shop.ShopClientRuntime.g.cs", "Shop.ShopJsonContext.g.cs", "Shop.Status.g.cs", "Shop.ApiException.g.cs" })
        {
            Assert.Contains("[sys::Diagnostics.DebuggerNonUserCode]", Files[file]);
        }

        Assert.DoesNotContain("DebuggerNonUserCode", Files["Shop.Order.g.cs"]);
    }
}
