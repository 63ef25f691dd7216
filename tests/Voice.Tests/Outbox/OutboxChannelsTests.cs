using Voice.Data.Outbox;

namespace Voice.Tests.Outbox;

public class OutboxChannelsTests
{
    [Theory]
    [InlineData("a@example.com", null, null, false, OutboxChannels.Email)]
    [InlineData("a@example.com", "0770", "1 Road\nTown\nAB1 2CD", false, OutboxChannels.Email)]
    [InlineData("a@example.com", null, "1 Road\nTown\nAB1 2CD", true, OutboxChannels.Letter)]
    [InlineData("a@example.com", null, null, true, OutboxChannels.Email)]
    [InlineData(null, "0770", "1 Road\nTown\nAB1 2CD", false, OutboxChannels.Letter)]
    [InlineData(" ", "0770", " ", false, OutboxChannels.Text)]
    [InlineData(null, null, null, false, null)]
    public void TheChannel_FollowsWhatTheyGave(string? email, string? phone, string? address, bool prefersPost, string? channel) =>
        Assert.Equal(channel, OutboxChannels.For(new Recipient("Sam", email, phone, address, prefersPost)));
}
