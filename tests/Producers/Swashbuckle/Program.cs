using System.Reflection;
using System.Text.Json.Serialization;
using TodoApi;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(options =>
{
    // How a team describes System.Text.Json's polymorphism to Swashbuckle: inheritance as allOf, choices as
    // oneOf, and the discriminator from the [JsonPolymorphic]/[JsonDerivedType] attributes.
    options.UseAllOfForInheritance();
    options.UseOneOfForPolymorphism();
    options.SelectSubTypesUsing(type => type.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(derived => derived.DerivedType));
    options.SelectDiscriminatorNameUsing(type => type.GetCustomAttribute<JsonPolymorphicAttribute>()?.TypeDiscriminatorPropertyName);
    options.SelectDiscriminatorValueUsing(type => type.BaseType?.GetCustomAttributes<JsonDerivedTypeAttribute>().FirstOrDefault(derived => derived.DerivedType == type)?.TypeDiscriminator?.ToString());
});
WebApplication app = builder.Build();
app.UseSwagger();
app.MapTodoApi();
app.Run();
