using TodoApi;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddOpenApiDocument(options => options.DocumentName = "v1");
WebApplication app = builder.Build();
app.UseOpenApi();
app.MapTodoApi();
app.Run();
