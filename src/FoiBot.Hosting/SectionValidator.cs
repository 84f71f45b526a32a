using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting;

/// <summary>Runs a section's check in the options pipeline, so a host fails at start with the key named.</summary>
internal sealed class SectionValidator<T>(OptionsSection<T> section, IConfiguration configuration) : IValidateOptions<T>
    where T : class, new()
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        section.Check(configuration, options) is { } failure ? ValidateOptionsResult.Fail(failure) : ValidateOptionsResult.Success;
}
