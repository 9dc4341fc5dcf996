using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Maps Bind's <c>phone.type</c> strings; unknown values and <c>n/a</c> are <see cref="BindPhoneType.Unknown"/>.</summary>
internal sealed class BindPhoneTypeConverter : TolerantEnumConverter<BindPhoneType>
{
    public BindPhoneTypeConverter()
        : base(
            BindPhoneType.Unknown,
            ("mobile", BindPhoneType.Mobile),
            ("landline", BindPhoneType.Landline),
            ("toll_free", BindPhoneType.TollFree),
            ("shared_cost", BindPhoneType.SharedCost),
            ("voip", BindPhoneType.Voip),
            ("emergency", BindPhoneType.Emergency),
            ("n/a", BindPhoneType.Unknown))
    {
    }
}
