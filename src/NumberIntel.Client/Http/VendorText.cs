namespace NumberIntel.Client.Http;

/// <summary>How vendors are named in messages and logs.</summary>
internal static class VendorText
{
    /// <summary><c>Bind</c> or <c>IPQS</c>.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>The display name.</returns>
    public static string Name(NumberIntelVendor vendor) => vendor == NumberIntelVendor.Bind ? "Bind" : "IPQS";
}
