using System;

namespace ConversationHooks.Signatures
{
    /// <summary>
    /// The URL a signature covers, and the forms of it validators must try: Twilio signs the URL it
    /// called, but not always with the same port and credentials the receiver sees.
    /// <list type="bullet">
    /// <item>Ports: the signed URL may carry or omit the port. A URL without one is also tried with the
    /// scheme's default port (<c>:443</c>, <c>:80</c>); a URL with any port, also without it (Twilio's security
    /// notes: HTTPS callbacks are signed without the port; twilio-node, twilio-python and twilio-csharp all try
    /// the URL with its port removed). A port the request does not show is never added, except the default.</item>
    /// <item>Credentials: Twilio's security notes say it drops <c>user:password@</c> before signing;
    /// twilio-node signs the URL with them. The URL without them is tried first, then as given.</item>
    /// </list>
    /// </summary>
    internal readonly struct SignedUrl
    {
        private const string BodyHashName = "bodySHA256";

        private readonly string _url;
        private readonly int _authorityStart;
        private readonly int _hostStart;
        private readonly int _portStart;
        private readonly int _authorityEnd;
        private readonly string? _defaultPort;

        public SignedUrl(string url)
        {
            _url = url;
            var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
            _authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
            _authorityEnd = schemeEnd < 0 ? 0 : IndexOfAny(url, _authorityStart, '/', '?', '#');
            var at = url.LastIndexOf('@', Math.Max(_authorityEnd - 1, 0), _authorityEnd - _authorityStart);
            _hostStart = at < 0 ? _authorityStart : at + 1;
            _portStart = PortStart(url, _hostStart, _authorityEnd);
            _defaultPort = schemeEnd < 0 ? null
                : string.Compare(url, 0, "https", 0, schemeEnd, StringComparison.OrdinalIgnoreCase) == 0 && schemeEnd == 5 ? ":443"
                : string.Compare(url, 0, "http", 0, schemeEnd, StringComparison.OrdinalIgnoreCase) == 0 && schemeEnd == 4 ? ":80"
                : null;
        }

        /// <summary>How many forms there are to try: indices 0 to <see cref="FormCount"/> - 1 for <see cref="Write"/>.</summary>
        public int FormCount => (HasPortForm ? 2 : 1) * (_hostStart > _authorityStart ? 2 : 1);

        /// <summary>The most UTF-8 bytes any form takes.</summary>
        public int MaxByteCount => Utf8.Count(_url, 0, _url.Length) + 4;

        /// <summary>True when there is a second port form: the URL without its port, or a URL without one with the default port.</summary>
        private bool HasPortForm => _portStart < _authorityEnd || _defaultPort is not null;

        /// <summary>
        /// Writes form <paramref name="index"/> as UTF-8 so that it ends at <paramref name="end"/> in
        /// <paramref name="buffer"/>; returns where it starts. Form 0 is the URL as given without credentials.
        /// </summary>
        public int Write(int index, byte[] buffer, int end)
        {
            var otherPort = HasPortForm && (index & 1) == 1;
            var credentials = (HasPortForm ? index >> 1 : index) == 1;
            var port = otherPort && _portStart == _authorityEnd ? _defaultPort! : string.Empty;
            var hostOrCredentialsStart = credentials ? _authorityStart : _hostStart;
            var length = Utf8.Count(_url, 0, _authorityStart)
                + Utf8.Count(_url, hostOrCredentialsStart, _portStart - hostOrCredentialsStart)
                + (otherPort ? port.Length : Utf8.Count(_url, _portStart, _authorityEnd - _portStart))
                + Utf8.Count(_url, _authorityEnd, _url.Length - _authorityEnd);
            var start = end - length;
            var at = start;
            at += Utf8.Write(_url, 0, _authorityStart, buffer, at);
            at += Utf8.Write(_url, hostOrCredentialsStart, _portStart - hostOrCredentialsStart, buffer, at);
            at += otherPort ? Utf8.Write(port, 0, port.Length, buffer, at) : Utf8.Write(_url, _portStart, _authorityEnd - _portStart, buffer, at);
            Utf8.Write(_url, _authorityEnd, _url.Length - _authorityEnd, buffer, at);
            return start;
        }

        /// <summary>The value of the query parameter <c>bodySHA256</c> (Twilio adds it to JSON requests), if any.</summary>
        public bool TryGetBodyHash(out ReadOnlySpan<char> hash)
        {
            var query = _url.IndexOf('?');
            var fragment = _url.IndexOf('#');
            var end = fragment < 0 ? _url.Length : fragment;
            for (var start = query + 1; query >= 0 && start < end;)
            {
                var ampersand = _url.IndexOf('&', start, end - start);
                var pairEnd = ampersand < 0 ? end : ampersand;
                var valueStart = start + BodyHashName.Length + 1;
                if (valueStart <= pairEnd
                    && string.CompareOrdinal(_url, start, BodyHashName, 0, BodyHashName.Length) == 0
                    && _url[valueStart - 1] == '=')
                {
                    hash = _url.AsSpan(valueStart, pairEnd - valueStart);
                    return true;
                }

                start = pairEnd + 1;
            }

            hash = default;
            return false;
        }

        private static int IndexOfAny(string text, int start, char a, char b, char c)
        {
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] == a || text[i] == b || text[i] == c)
                {
                    return i;
                }
            }

            return text.Length;
        }

        /// <summary>Where <c>:port</c> starts in the host part, or <paramref name="end"/> when there is none (an IPv6 literal's colons are inside brackets).</summary>
        private static int PortStart(string url, int hostStart, int end)
        {
            for (var i = end - 1; i >= hostStart; i--)
            {
                if (url[i] == ':')
                {
                    return i;
                }

                if (url[i] < '0' || url[i] > '9')
                {
                    break;
                }
            }

            return end;
        }
    }
}
