using System;
using System.CommandLine;
using System.IO;

namespace ConversationHooks.Tool.Commands
{
    /// <summary>
    /// <c>conversationhooks sign &lt;url&gt; [--body FORM | --body-file PATH]</c>: the <c>X-Twilio-Signature</c> of a form POST
    /// (or, without a body, of a GET: the URL with its query), signed with the receiver's token from the environment.
    /// </summary>
    internal static class SignCommand
    {
        public static Command Create(ToolContext tool)
        {
            var url = new Argument<string>("url") { Description = "The URL the receiver checks the signature against (a GET's with its query string)." };
            var body = new Option<string?>("--body") { Description = "The form body, application/x-www-form-urlencoded, as sent (Body=hi&Author=alice)." };
            var bodyFile = new Option<string?>("--body-file") { Description = "A file holding the form body ('-': standard input)." };
            var command = new Command("sign", $"Prints the X-Twilio-Signature of a form POST to the URL with the body, or, without one, of a GET of the URL; signed with the receiver's auth token ({EnvironmentCredentials.AuthTokenVariables} in the environment). For curl: curl -H \"X-Twilio-Signature: $(conversationhooks sign URL --body BODY)\" --data BODY URL. Exit codes: 0 printed, 2 usage or no token.")
            {
                url, body, bodyFile,
            };
            command.SetAction(parse => Sign(tool, parse.GetValue(url)!, parse.GetValue(body), parse.GetValue(bodyFile)));
            return command;
        }

        private static int Sign(ToolContext tool, string url, string? body, string? bodyFile)
        {
            if (body is not null && bodyFile is not null)
            {
                return ToolCommand.Refuse(tool, "Give --body or --body-file, not both.");
            }

            var authToken = new EnvironmentCredentials(tool.Environment).ReadAuthToken();
            if (string.IsNullOrEmpty(authToken))
            {
                return ToolCommand.Refuse(tool, $"No auth token to sign with: set {EnvironmentCredentials.AuthTokenVariables} to the receiver's.");
            }

            try
            {
                body ??= bodyFile is null ? null : bodyFile == "-" ? Console.In.ReadToEnd() : File.ReadAllText(bodyFile);
                var signer = new TwilioRequestSigner(authToken);
                tool.Output.WriteLine(body is null ? signer.SignUrl(url) : signer.SignFormBody(url, body.TrimEnd('\r', '\n')));
                return 0;
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                return ToolCommand.Refuse(tool, e.Message);
            }
        }
    }
}
