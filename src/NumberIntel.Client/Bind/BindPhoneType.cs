namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>phone.type</c>.</summary>
public enum BindPhoneType
{
    /// <summary><c>n/a</c>, missing, or a value this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary><c>mobile</c>.</summary>
    Mobile,

    /// <summary><c>landline</c>.</summary>
    Landline,

    /// <summary><c>toll_free</c>.</summary>
    TollFree,

    /// <summary><c>shared_cost</c>.</summary>
    SharedCost,

    /// <summary><c>voip</c>.</summary>
    Voip,

    /// <summary><c>emergency</c>.</summary>
    Emergency,
}
