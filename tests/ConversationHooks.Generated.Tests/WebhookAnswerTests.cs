namespace ConversationHooks.Generated.Tests;

/// <summary>Answers to pre-action events write the status and JSON Twilio reads (domain.md, "Answering a pre-action webhook").</summary>
public class WebhookAnswerTests
{
    [Fact]
    public void Continue_is_200_with_no_body()
    {
        var response = MessageAddAnswer.Continue.Response;

        Assert.Equal((200, null, ""), (response.StatusCode, response.ContentType, response.Body));
    }

    [Fact]
    public void Reject_is_403_or_the_4xx_or_5xx_status_given()
    {
        Assert.Equal(403, ParticipantRemoveAnswer.Reject().Response.StatusCode);
        Assert.Equal(503, UserUpdateAnswer.Reject(503).Response.StatusCode);
        Assert.Equal("", ConversationRemoveAnswer.Reject().Response.Body);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(600)]
    public void Reject_with_a_status_that_lets_the_action_go_ahead_is_an_ArgumentOutOfRangeException(int status)
        => Assert.Equal("statusCode", Assert.Throws<ArgumentOutOfRangeException>(() => MessageUpdateAnswer.Reject(status)).ParamName);

    [Fact]
    public void Change_writes_only_the_fields_given_as_a_JSON_object_of_strings()
    {
        var response = MessageAddAnswer.Change(body: "[redacted] \"quoted\" <b>", attributes: "{\"moderated\":true}").Response;

        Assert.Equal((200, "application/json"), (response.StatusCode, response.ContentType));
        Assert.Equal("{\"body\":\"[redacted] \\\"quoted\\\" <b>\",\"attributes\":\"{\\\"moderated\\\":true}\"}", response.Body);
    }

    [Fact]
    public void A_conversation_answer_changes_friendly_name_under_its_snake_case_key()
        => Assert.Equal("{\"friendly_name\":\"Support\"}", ConversationUpdateAnswer.Change(friendlyName: "Support").Response.Body);

    [Fact]
    public void Change_with_nothing_given_is_an_empty_object_and_changes_nothing()
        => Assert.Equal("{}", MessageUpdateAnswer.Change().Response.Body);

    [Fact]
    public void Attributes_that_are_not_JSON_are_an_ArgumentException_naming_them()
        => Assert.Equal("attributes", Assert.Throws<ArgumentException>(() => MessageAddAnswer.Change(attributes: "{moderated")).ParamName);
}
