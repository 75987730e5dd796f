using System.Globalization;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// The compiler runs in the user's culture; the output must not. Finnish (decimal comma, its own collation)
/// and Turkish (a dotless i) produce the approved snapshots byte for byte.
/// </summary>
public sealed class CultureTests
{
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("tr-TR")]
    public void Emission_in_another_culture_equals_the_snapshots(string culture)
    {
        CultureInfo current = CultureInfo.CurrentCulture, currentUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Snapshots.Verify("EnneoMind", GeneratorHarness.Run([SpecFile.Bundled()]).Sources);
            Snapshots.Verify("schemas/formats", Snapshots.WithoutSharedPlumbing(GeneratorHarness.Run([SpecFile.SchemaLibrary(Path.Combine("schemas", "formats.yaml"))]).Sources));
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
