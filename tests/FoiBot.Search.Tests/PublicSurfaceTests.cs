using System.Reflection;

namespace FoiBot.Search.Tests;

public sealed class PublicSurfaceTests
{
    [Fact]
    public void PublicApi_EveryPublicMember_UsesNoLuceneType()
    {
        var leaks =
            from type in typeof(LetterIndex).Assembly.GetExportedTypes()
            from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            from signatureType in TypesIn(member).Prepend(type.BaseType)
            from used in WithTypeArguments(signatureType)
            where used.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true
            select $"{type.Name}.{member.Name} uses {used}";

        Assert.Empty(leaks);
    }

    private static IEnumerable<Type?> TypesIn(MemberInfo member) => member switch
    {
        MethodBase method => method.GetParameters().Select(p => p.ParameterType)
            .Append(method is MethodInfo m ? m.ReturnType : null),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        _ => [],
    };

    private static IEnumerable<Type> WithTypeArguments(Type? type) =>
        type is null ? [] : type.GetGenericArguments().SelectMany(WithTypeArguments).Prepend(type);
}
