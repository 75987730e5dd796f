namespace MindGen.Emit;

/// <summary>What a project asks of the emitters beyond the spec itself.</summary>
/// <param name="DependencyInjection">Also emit <c>services.Add&lt;Client&gt;()</c> (the project references Microsoft.Extensions.Http).</param>
/// <param name="Fake">Also emit <c>&lt;Client&gt;Fake</c>, the API served in memory for tests (MSBuild's <c>MindGenFake</c>, on in test projects).</param>
public sealed record EmitOptions(bool DependencyInjection = false, bool Fake = false);
