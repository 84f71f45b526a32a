using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting;

/// <summary>
/// One configuration section and the options class it binds to, read the same way by a host (through the options
/// pipeline, checked at start) and by a one-shot command (directly): bound once, checked once, and every failure named
/// by its key, as in "Web:Urls: ...".
/// </summary>
/// <typeparam name="T">The options class, whose check throws <see cref="ArgumentException"/> naming the property.</typeparam>
public sealed class OptionsSection<T>
    where T : class, new()
{
    private readonly Action<T> _validate;
    private readonly Func<IConfiguration, T> _create;

    /// <param name="name">The section, e.g. "Web".</param>
    /// <param name="validate">Throws <see cref="ArgumentException"/> whose parameter name is the property that cannot work.</param>
    /// <param name="create">
    /// The instance the section is bound onto, given the whole configuration; default a new <typeparamref name="T"/>.
    /// The binder adds configured list items to a list the instance already holds, so a default list is left out here
    /// when configuration gives one.
    /// </param>
    public OptionsSection(string name, Action<T> validate, Func<IConfiguration, T>? create = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(validate);
        Name = name;
        _validate = validate;
        _create = create ?? (_ => new T());
    }

    public string Name { get; }

    /// <summary>Properties holding secrets, refused when a settings file other than user secrets sets them.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>Binds and checks the section, for a command that runs without a host.</summary>
    /// <exception cref="OptionsValidationException">A value cannot be read or cannot work; the failure names its key.</exception>
    public T Read(IConfiguration configuration)
    {
        var options = Bind(configuration);
        return Check(configuration, options) is { } failure ? throw Failed(failure) : options;
    }

    /// <exception cref="OptionsValidationException">A value the binder cannot convert; the failure names its key.</exception>
    internal T Bind(IConfiguration configuration)
    {
        var options = _create(configuration);
        try
        {
            configuration.GetSection(Name).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the type it wanted ("Failed to convert configuration value at 'Web:RateLimitPermits' ...").
            throw Failed($"{Name}: {ex.Message}");
        }

        return options;
    }

    /// <summary>Why the options cannot work, naming the key; null when they can.</summary>
    internal string? Check(IConfiguration configuration, T options)
    {
        try
        {
            foreach (var secret in Secrets)
            {
                SecretSettings.RefuseInFile(configuration, Name, secret);
            }

            _validate(options);
            return null;
        }
        catch (ArgumentException ex)
        {
            // The key is put in front; the "(Parameter 'Urls')" suffix would only say it again.
            var reason = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            return ex.ParamName is null ? $"{Name}: {reason}" : $"{Name}:{ex.ParamName}: {reason}";
        }
    }

    private static OptionsValidationException Failed(string failure) => new(Options.DefaultName, typeof(T), [failure]);
}
