namespace ConversationHooks.AspNetCore.ScaleOut
{
    /// <summary>What a claim look-up found.</summary>
    public enum DeliveryClaimState
    {
        /// <summary>This delivery holds the claim: it runs the handler.</summary>
        Taken,

        /// <summary>The first delivery was answered: this one gets the same answer.</summary>
        Answered,

        /// <summary>Another delivery holds the claim and is still running.</summary>
        HeldElsewhere,
    }
}
