using System.Text.Json;
using Features;

namespace MindGen.IntegrationTests;

/// <summary>oneOf/anyOf: the JSON is kept as received; variants are read through the context.</summary>
public sealed class UnionTests
{
    [Fact]
    public void The_discriminator_selects_the_variant()
    {
        Payment payment = JsonSerializer.Deserialize("""{"kind":"card","last4":"4242","3ds":true}""", FeaturesJsonContext.Default.Payment)!;

        Assert.Equal("card", payment.Discriminator);
        Assert.True(payment.TryGetCard(out Card? card));
        Assert.Equal("4242", card.Last4);
        Assert.True(card.AdditionalProperties!["3ds"].GetBoolean());
        Assert.False(payment.TryGetTransfer(out _), "the discriminator names the card, so it is not a transfer");
    }

    [Fact]
    public void An_unknown_discriminator_value_is_kept_and_written_back()
    {
        const string json = """{"kind":"crypto","wallet":"0xabc"}""";
        Payment payment = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Payment)!;

        Assert.False(payment.TryGetCard(out _));
        Assert.False(payment.TryGetTransfer(out _));
        Assert.Equal(json, JsonSerializer.Serialize(payment, FeaturesJsonContext.Default.Payment));
    }

    [Fact]
    public void A_variant_converts_into_the_union()
    {
        Payment payment = new Transfer { Kind = "transfer", Iban = "DE00" };
        Assert.Equal("""{"kind":"transfer","iban":"DE00"}""", JsonSerializer.Serialize(payment, FeaturesJsonContext.Default.Payment));
        Assert.True(payment.TryGetTransfer(out Transfer? transfer));
        Assert.Equal("DE00", transfer.Iban);
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
}
