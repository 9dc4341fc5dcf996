namespace NumberIntel.Client.Testing;

/// <summary>The most recent <c>capacity</c> items, oldest first; older ones are dropped. Thread-safe.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class RecentLog<T>(int capacity)
{
    private readonly object _lock = new();
    private readonly Queue<T> _items = new(Math.Min(capacity, 1024));

    public void Add(T item)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_items.Count == capacity)
            {
                _items.Dequeue();
            }

            _items.Enqueue(item);
        }
    }

    public T[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _items.Clear();
        }
    }
}
