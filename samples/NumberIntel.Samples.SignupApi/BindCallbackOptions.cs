namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// Configuration section <c>BindCallback</c> of <c>POST /bind/callback/{token}</c>, the endpoint that receives Bind's
/// callbacks. Bind posts to the <c>callback_url</c> it was given (<c>NumberIntel:Bind:CallbackUrl</c>) and cannot be told
/// to send a header, so the shared secret is the last path segment of that URL.
/// </summary>
public sealed class BindCallbackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "BindCallback";

    /// <summary>
    /// The shared secret: the <c>{token}</c> segment Bind must post to. When it is not set the endpoint answers 404 to
    /// every request (callbacks are off). Use a long random value (e.g. <c>openssl rand -hex 32</c>) from user secrets or
    /// the environment (<c>BindCallback__Token</c>), never from a committed file.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>The largest callback body accepted, in bytes; a larger one is answered 413.</summary>
    /// <value>The default value is 1 MiB.</value>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
