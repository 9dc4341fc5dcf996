namespace NumberIntel.Client.Ipqs;

/// <summary>Optional parameters of an IPQS phone validation. Every value is URL-encoded into the query string.</summary>
/// <remarks>
/// Unset (<see langword="null"/>) parameters are not sent, so the account's defaults apply. The parameters travel in
/// the query string of a GET request, like the phone number itself: keep personal data in
/// <see cref="TransactionParameters"/> to what the scoring needs. Properties are settable so that
/// <c>NumberIntel:Ipqs:DefaultRequest</c> binds from configuration (the source-generated binder cannot set
/// <c>init</c> accessors); the client reads a request once per call and never changes it.
/// </remarks>
public sealed record IpqsPhoneRequest
{
    /// <summary>The lowest <see cref="Strictness"/>.</summary>
    public const int MinStrictness = 0;

    /// <summary>The highest <see cref="Strictness"/>.</summary>
    public const int MaxStrictness = 2;

    /// <summary><c>strictness</c>: 0–2, how deep the reputation check goes (the vendor suggests starting at 0).</summary>
    public int? Strictness { get; set; }

    /// <summary><c>country[]</c>: ISO 3166-1 alpha-2 countries the number is expected to be from (each sent as its own <c>country[]</c>).</summary>
    /// <remarks>Numbers shorter than 10 digits with no country are likely to come back invalid.</remarks>
    public IReadOnlyList<string>? Countries { get; set; }

    /// <summary><c>enhanced_line_check</c>: run the enhanced active-line check (add-on; fills <see cref="IpqsPhoneResult.ActiveStatus"/>).</summary>
    public bool? EnhancedLineCheck { get; set; }

    /// <summary><c>enhanced_name_check</c>: run the enhanced name check (add-on; fills <see cref="IpqsPhoneResult.Name"/>).</summary>
    public bool? EnhancedNameCheck { get; set; }

    /// <summary><c>sms_pumping</c>: check the number for SMS-pumping (toll fraud) risk.</summary>
    public bool? SmsPumping { get; set; }

    /// <summary>
    /// Custom tracking variables configured on the IPQS account, e.g. <c>userID</c> or <c>transactionID</c>; each is sent
    /// as <c>name=value</c>. Names must not be one of the parameters this record already sends, nor <c>key</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? CustomVariables { get; set; }

    /// <summary>
    /// Transaction parameters that fill <see cref="IpqsPhoneResult.TransactionDetails"/>, by their IPQS names, e.g.
    /// <c>billing_first_name</c>, <c>billing_last_name</c>, <c>billing_email</c>, <c>billing_phone</c>,
    /// <c>billing_address_1</c>, <c>billing_city</c>, <c>billing_region</c>, <c>billing_postcode</c>, <c>billing_country</c>,
    /// the same <c>shipping_*</c> names, <c>username</c>, <c>order_amount</c>, <c>order_quantity</c>, <c>credit_card_bin</c>.
    /// Sent as given; names follow the same rules as <see cref="CustomVariables"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? TransactionParameters { get; set; }
}
