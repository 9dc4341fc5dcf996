namespace NumberIntel.Client.Ipqs;

/// <summary>
/// The one check of an <see cref="IpqsPhoneRequest"/>: run by <see cref="IpqsClient"/> for each call's request and for
/// <see cref="IpqsOptions.DefaultRequest"/> at construction, and by DI's start-up validation for
/// <c>NumberIntel:Ipqs:DefaultRequest</c>.
/// </summary>
internal static class IpqsRequestValidator
{
    /// <summary>Parameter names a custom variable or transaction parameter may not use.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "api_key", "apikey", "phone", "strictness", "country", "country[]",
        "enhanced_line_check", "enhanced_name_check", "sms_pumping",
    };

    /// <summary>The first problem of <paramref name="request"/>, or null.</summary>
    /// <param name="request">The request settings.</param>
    /// <param name="name">The request's name as the caller knows it, e.g. <c>IpqsPhoneRequest</c> or <c>NumberIntel:Ipqs:DefaultRequest</c>.</param>
    /// <param name="separator"><c>.</c> for property paths, <c>:</c> for configuration keys.</param>
    /// <param name="strictnessOutOfRange">Whether the problem is <see cref="IpqsPhoneRequest.Strictness"/> out of its range.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Check(IpqsPhoneRequest request, string name, string separator, out bool strictnessOutOfRange)
    {
        ArgumentNullException.ThrowIfNull(request);
        strictnessOutOfRange = false;
        if (request.Strictness is { } s && s is < IpqsPhoneRequest.MinStrictness or > IpqsPhoneRequest.MaxStrictness)
        {
            strictnessOutOfRange = true;
            return $"{name}{separator}Strictness must be between {IpqsPhoneRequest.MinStrictness} and {IpqsPhoneRequest.MaxStrictness}.";
        }

        foreach (var country in request.Countries ?? [])
        {
            if (string.IsNullOrWhiteSpace(country))
            {
                return $"{name}{separator}Countries must not contain empty entries.";
            }
        }

        return CheckNames(request.CustomVariables, name + separator + "CustomVariables")
            ?? CheckNames(request.TransactionParameters, name + separator + "TransactionParameters");
    }

    private static string? CheckNames(IReadOnlyDictionary<string, string>? parameters, string property)
    {
        if (parameters is null)
        {
            return null;
        }

        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return $"{property} must not contain an empty name.";
            }

            if (ReservedNames.Contains(name.Trim()))
            {
                return $"{property} must not use the reserved name '{name}'; use the typed property instead.";
            }

            if (value is null)
            {
                return $"{property}['{name}'] must not be null.";
            }
        }

        return null;
    }
}
