using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting;

/// <summary>The options pipeline with each instance bound from its section at creation, so configure and validate steps see the bound values.</summary>
internal sealed class SectionOptionsFactory<T>(
    OptionsSection<T> section,
    IConfiguration configuration,
    IEnumerable<IConfigureOptions<T>> setups,
    IEnumerable<IPostConfigureOptions<T>> postConfigures,
    IEnumerable<IValidateOptions<T>> validations)
    : OptionsFactory<T>(setups, postConfigures, validations)
    where T : class, new()
{
    protected override T CreateInstance(string name) => section.Bind(configuration);
}
