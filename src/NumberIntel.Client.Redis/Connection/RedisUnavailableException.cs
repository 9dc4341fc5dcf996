namespace NumberIntel.Client.Redis.Connection;

/// <summary>Redis could not serve a call (down, slow, or left alone for a while after a failure): the caller goes on without it.</summary>
internal sealed class RedisUnavailableException : Exception
{
    public RedisUnavailableException()
        : base("Redis is unavailable.")
    {
    }

    public RedisUnavailableException(string message)
        : base(message)
    {
    }

    public RedisUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
