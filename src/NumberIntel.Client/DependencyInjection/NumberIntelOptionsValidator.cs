using Microsoft.Extensions.Options;
using NumberIntel.Client.Assessment;

namespace NumberIntel.Client.DependencyInjection;

/// <summary>
/// Start-up validation of <see cref="NumberIntelOptions"/> (hand-written, so it is AOT-safe): the rules are
/// <see cref="NumberIntelOptionsRules"/>, the same the constructors run; every message names the setting to fix, as its
/// configuration key, and never shows a key's value.
/// </summary>
internal sealed class NumberIntelOptionsValidator : IValidateOptions<NumberIntelOptions>
{
    public ValidateOptionsResult Validate(string? name, NumberIntelOptions options)
    {
        var errors = NumberIntelOptionsRules.ForConfiguration(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
