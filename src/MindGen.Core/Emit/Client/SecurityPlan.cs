using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MindGen.Model;

namespace MindGen.Emit.Client;

/// <summary>
/// One distinct list of security alternatives and the helper method that applies it. Operations that
/// share a list share the method, so a spec with global security emits one method, not one per operation.
/// </summary>
internal sealed record SecurityPlan(string MethodName, EquatableArray<SecurityRequirementModel> Alternatives)
{
    public static IReadOnlyList<SecurityPlan> For(ApiDescription api) =>
        api.Operations
            .Select(operation => operation.Security)
            .Where(security => security.Count > 0)
            .Distinct()
            .Select((security, index) => new SecurityPlan("ApplySecurity" + index.ToString(CultureInfo.InvariantCulture) + "Async", security))
            .ToList();

    public static SecurityPlan? Find(IReadOnlyList<SecurityPlan> plans, OperationModel operation) =>
        plans.FirstOrDefault(plan => plan.Alternatives == operation.Security);
}
