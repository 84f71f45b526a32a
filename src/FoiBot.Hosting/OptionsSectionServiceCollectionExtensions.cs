using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting;

/// <summary>Registers options read from one configuration section.</summary>
public static class OptionsSectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="T"/> as <paramref name="section"/> reads it: bound from configuration when first
    /// asked for, checked by the section's own rules, and checked when the host starts, so a bad value stops the host
    /// before it does anything else, naming the key. A host registers one section per options class; later calls are ignored.
    /// </summary>
    public static OptionsBuilder<T> AddOptionsSection<T>(this IServiceCollection services, OptionsSection<T> section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(section);
        services.TryAddSingleton(section);
        services.TryAddTransient<IOptionsFactory<T>, SectionOptionsFactory<T>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SectionValidator<T>>());
        return services.AddOptions<T>().ValidateOnStart();
    }
}
