using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class ConfidenceRecipesTests
{
    [Theory]
    [InlineData(ConfidenceLabel.Verified, false, SignupDecision.Accept)]
    [InlineData(ConfidenceLabel.Verified, true, SignupDecision.Reject)]
    [InlineData(ConfidenceLabel.Likely, false, SignupDecision.Reject)]
    [InlineData(ConfidenceLabel.Uncertain, false, SignupDecision.Reject)]
    [InlineData(ConfidenceLabel.Low, false, SignupDecision.Reject)]
    [InlineData(ConfidenceLabel.Invalid, false, SignupDecision.Reject)]
    public void HighTrustSignup_AcceptsOnlyVerifiedNotDisposable(ConfidenceLabel label, bool disposable, SignupDecision expected) =>
        Assert.Equal(expected, ConfidenceRecipes.HighTrustSignup(new ConfidenceResult { Label = label, IsDisposable = disposable }));

    [Theory]
    [InlineData(ConfidenceLabel.Verified, false, SignupDecision.Accept)]
    [InlineData(ConfidenceLabel.Likely, false, SignupDecision.Accept)]
    [InlineData(ConfidenceLabel.Uncertain, false, SignupDecision.Accept)]
    [InlineData(ConfidenceLabel.Likely, true, SignupDecision.Review)]
    [InlineData(ConfidenceLabel.Low, false, SignupDecision.Review)]
    [InlineData(ConfidenceLabel.Invalid, false, SignupDecision.Reject)]
    public void StandardSignup_ReviewsLowOrDisposable(ConfidenceLabel label, bool disposable, SignupDecision expected) =>
        Assert.Equal(expected, ConfidenceRecipes.StandardSignup(new ConfidenceResult { Label = label, IsDisposable = disposable }));

    [Theory]
    [InlineData(ConfidenceLabel.Verified, LeadCleaningAction.Keep)]
    [InlineData(ConfidenceLabel.Likely, LeadCleaningAction.Keep)]
    [InlineData(ConfidenceLabel.Uncertain, LeadCleaningAction.KeepWithWarning)]
    [InlineData(ConfidenceLabel.Low, LeadCleaningAction.Drop)]
    [InlineData(ConfidenceLabel.Invalid, LeadCleaningAction.Drop)]
    public void LeadCleaning_KeepsPlausibleWarnsUncertainDropsTheRest(ConfidenceLabel label, LeadCleaningAction expected) =>
        Assert.Equal(expected, ConfidenceRecipes.LeadCleaning(new ConfidenceResult { Label = label }));

    [Fact]
    public void Recipes_NullResult_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ConfidenceRecipes.HighTrustSignup(null!));
        Assert.Throws<ArgumentNullException>(() => ConfidenceRecipes.StandardSignup(null!));
        Assert.Throws<ArgumentNullException>(() => ConfidenceRecipes.LeadCleaning(null!));
    }
}
