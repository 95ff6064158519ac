using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Kestrel answers a request it cannot even parse (a malformed request line, <c>%00</c> in the target, headers beyond its
/// transport limits) itself, before any middleware, with an empty body. This connection middleware gives those answers an
/// RFC 7807 body: a header block Kestrel writes with <c>Content-Length: 0</c> and <c>Connection: close</c> for a 4xx or 5xx
/// (the API never answers an error without a body) is rewritten as problem details with a type and a trace id.
/// </summary>
public static class TransportProblems
{
    /// <summary>The connection middleware.</summary>
    public static ConnectionDelegate Use(ConnectionDelegate next) => connection =>
    {
        var transport = connection.Transport;
        var output = PipeWriter.Create(new RewritingStream(transport.Output.AsStream(leaveOpen: true)), new StreamPipeWriterOptions(leaveOpen: false));
        connection.Transport = new Pipe(transport.Input, output);
        return next(connection);
    };

    /// <summary>The header block rewritten with a problem body, or null when <paramref name="head"/> is not an empty-bodied error of Kestrel's.</summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> head)
    {
        if (head.Length > 2048 || !head.StartsWith("HTTP/1.1 "u8) || !head.EndsWith("\r\n\r\n"u8)
            || head.IndexOf("\r\nContent-Length: 0\r\n"u8) < 0 || head.IndexOf("\r\nConnection: close\r\n"u8) < 0
            || !int.TryParse(head.Slice(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 400)
        {
            return null;
        }

        var title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        var body = Encoding.UTF8.GetBytes(
            $"{{\"type\":\"{ProblemTypes.Of(status)}\",\"title\":\"{title}\",\"status\":{status},\"detail\":\"The request could not be parsed as HTTP.\",\"traceId\":\"{traceId}\"}}");
        var text = Encoding.Latin1.GetString(head).Replace(
            "\r\nContent-Length: 0\r\n",
            $"\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n{RequestTrace.Header}: {traceId}\r\n",
            StringComparison.Ordinal);
        return [.. Encoding.Latin1.GetBytes(text), .. body];
    }

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }

    private sealed class RewritingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(Rewrite(buffer.AsSpan(offset, count)) ?? buffer.AsSpan(offset, count).ToArray());

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Rewrite(buffer.Span) is { } rewritten ? inner.WriteAsync(rewritten, cancellationToken) : inner.WriteAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
