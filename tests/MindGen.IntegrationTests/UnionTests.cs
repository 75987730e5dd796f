using System.Text.Json;
using Features;

namespace MindGen.IntegrationTests;

/// <summary>oneOf/anyOf: the JSON is kept as received; variants are read through the context.</summary>
public sealed class UnionTests
{
    [Fact]
    public void The_discriminator_selects_the_variant()
    {
        // Cash belongs to two discriminated oneOfs, so it cannot derive from both: they stay unions.
        Tender tender = JsonSerializer.Deserialize("""{"kind":"coupon","code":"XMAS","extra":true}""", FeaturesJsonContext.Default.Tender)!;

        Assert.Equal("coupon", tender.Discriminator);
        Assert.True(tender.TryGetCoupon(out Coupon? coupon));
        Assert.Equal("XMAS", coupon.Code);
        Assert.True(coupon.AdditionalProperties!["extra"].GetBoolean());
        Assert.False(tender.TryGetCash(out _), "the discriminator names the coupon, so it is not cash");
    }

    [Fact]
    public void An_unknown_discriminator_value_is_kept_and_written_back()
    {
        const string json = """{"kind":"crypto","wallet":"0xabc"}""";
        Tender tender = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Tender)!;

        Assert.False(tender.TryGetCash(out _));
        Assert.False(tender.TryGetCoupon(out _));
        Assert.Equal(json, JsonSerializer.Serialize(tender, FeaturesJsonContext.Default.Tender));
    }

    [Fact]
    public void Without_a_mapping_the_component_names_select_the_variant()
    {
        Refund refund = JsonSerializer.Deserialize("""{"kind":"Credit","account":"A-1"}""", FeaturesJsonContext.Default.Refund)!;
        Assert.True(refund.TryGetCredit(out Credit? credit));
        Assert.Equal("A-1", credit.Account);
    }

    [Fact]
    public void A_variant_converts_into_the_union()
    {
        Tender tender = new Cash { Kind = "cash", Amount = 5 };
        Assert.Equal("""{"kind":"cash","amount":5}""", JsonSerializer.Serialize(tender, FeaturesJsonContext.Default.Tender));
        Assert.True(tender.TryGetCash(out Cash? cash));
        Assert.Equal(5, cash.Amount);
    }

    [Theory]
    [InlineData("12.50", true, false)]
    [InlineData("\"twelve\"", false, true)]
    [InlineData("true", false, false)]
    public void Without_a_discriminator_a_variant_is_what_the_json_reads_as(string json, bool isDecimal, bool isString)
    {
        Amount amount = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Amount)!;
        Assert.Equal(isDecimal, amount.TryGetDecimal(out decimal number));
        Assert.Equal(isString, amount.TryGetString(out string? text));
        Assert.Equal(isDecimal ? 12.50m : 0m, number);
        Assert.Equal(isString ? "twelve" : null, text);
        Assert.Equal(json, JsonSerializer.Serialize(amount, FeaturesJsonContext.Default.Amount));
    }

    [Fact]
    public void A_value_of_several_scalar_types_keeps_its_json_and_offers_each_type()
    {
        Setting[] settings = new[] { """{"value":"on"}""", """{"value":3}""", """{"value":true}""" }
            .Select(json => JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Setting)!).ToArray();

        Assert.True(settings[0].Value!.TryGetString(out string? text) && text == "on");
        Assert.True(settings[1].Value!.TryGetInt64(out long number) && number == 3);
        Assert.False(settings[1].Value!.TryGetString(out _));
        Assert.True(settings[2].Value!.TryGetBoolean(out bool flag) && flag);
        Assert.Equal("""{"value":3}""", JsonSerializer.Serialize(new Setting { Value = 3L }, FeaturesJsonContext.Default.Setting));
    }
}
