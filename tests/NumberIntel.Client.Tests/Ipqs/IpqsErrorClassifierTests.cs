using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Ipqs;

public sealed class IpqsErrorClassifierTests
{
    [Theory]
    [InlineData("Invalid or unauthorized key. Please check the API key and try again.")]
    [InlineData("INVALID OR UNAUTHORIZED KEY")]
    [InlineData("invalid key")]
    [InlineData("Unauthorized.")]
    [InlineData("Your API key has been disabled.")]
    public void Classify_BadKeyMessage_Authentication(string message)
    {
        Assert.Equal(IpqsErrorClassifier.Kind.Authentication, IpqsErrorClassifier.Classify(message));
    }

    [Theory]
    [InlineData("You have insufficient credits to make this query. Please contact IPQualityScore support if this error persists.")]
    [InlineData("You have exceeded your request quota of 200 per day. Please upgrade to increase your request quota.")]
    [InlineData("You have exceeded your request quota of 5000 per month.")]
    [InlineData("NO CREDITS REMAINING")]
    public void Classify_CreditOrQuotaMessage_Account(string message)
    {
        Assert.Equal(IpqsErrorClassifier.Kind.Account, IpqsErrorClassifier.Classify(message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Invalid phone number.")]
    [InlineData("Something went wrong.")]
    public void Classify_OtherMessage_Other(string? message)
    {
        Assert.Equal(IpqsErrorClassifier.Kind.Other, IpqsErrorClassifier.Classify(message));
    }
}
