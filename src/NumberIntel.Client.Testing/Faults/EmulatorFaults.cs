using NumberIntel.Client.Bind;

namespace NumberIntel.Client.Testing;

/// <summary>
/// The emulator's queue of scripted faults (<see cref="NumberIntelEmulator.Faults"/>). Thread-safe; faults are consumed
/// in the order they were added.
/// </summary>
/// <remarks>
/// For each request, the first pending request-level fault that matches the vendor (and, if set, a number in the
/// request) takes one hit and decides the answer; <see cref="EmulatorFaultKind.Delay"/> and
/// <see cref="EmulatorFaultKind.Hold"/> then let the request go on normally. Request-level faults apply before the key
/// is checked, as a proxy or an overloaded vendor would. For each Bind item, the first pending
/// <see cref="EmulatorFaultKind.BindItemCode"/> fault that matches the item's number takes one hit.
/// </remarks>
public sealed class EmulatorFaults
{
    private readonly Lock _lock = new();
    private readonly List<EmulatorFaultHandle> _queue = [];

    internal EmulatorFaults()
    {
    }

    /// <summary>How many added faults still have hits left.</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count(h => h.Remaining > 0);
            }
        }
    }

    /// <summary>Adds a fault at the end of the queue.</summary>
    /// <param name="fault">The fault.</param>
    /// <returns>A handle: hits, remaining, release (for holds), remove.</returns>
    public EmulatorFaultHandle Add(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var handle = new EmulatorFaultHandle(fault, this);
        lock (_lock)
        {
            _queue.Add(handle);
        }

        return handle;
    }

    /// <summary>Removes every fault; requests held by <see cref="EmulatorFaultKind.Hold"/> faults are released.</summary>
    public void Clear()
    {
        EmulatorFaultHandle[] all;
        lock (_lock)
        {
            all = [.. _queue];
            _queue.Clear();
        }

        foreach (var handle in all)
        {
            handle.Remove();
        }
    }

    /// <summary>Takes a hit of the first request-level fault that matches.</summary>
    internal EmulatorFaultHandle? TakeRequestFault(NumberIntelVendor vendor, IReadOnlyCollection<string> numberKeys)
    {
        lock (_lock)
        {
            foreach (var handle in _queue)
            {
                var fault = handle.Fault;
                if (fault.IsItemLevel || (fault.Vendor is { } v && v != vendor))
                {
                    continue;
                }

                if (fault.Number is { } number && !numberKeys.Contains(number))
                {
                    continue;
                }

                if (handle.TryTake())
                {
                    Prune();
                    return handle;
                }
            }

            return null;
        }
    }

    /// <summary>Takes a hit of the first Bind item-level fault that matches <paramref name="numberKey"/>.</summary>
    internal BindResponseCode? TakeItemCode(string numberKey)
    {
        lock (_lock)
        {
            foreach (var handle in _queue)
            {
                var fault = handle.Fault;
                if (!fault.IsItemLevel || (fault.Number is { } number && number != numberKey))
                {
                    continue;
                }

                if (handle.TryTake())
                {
                    Prune();
                    return fault.BindCode;
                }
            }

            return null;
        }
    }

    /// <summary>Releases every hold (the emulator is stopping).</summary>
    internal void ReleaseAll()
    {
        lock (_lock)
        {
            foreach (var handle in _queue)
            {
                handle.Release();
            }
        }
    }

    internal void Forget(EmulatorFaultHandle handle)
    {
        lock (_lock)
        {
            _queue.Remove(handle);
        }
    }

    private void Prune() => _queue.RemoveAll(h => h.Remaining <= 0 && h.Fault.Kind != EmulatorFaultKind.Hold);
}
