using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Sends raw bytes to the host over TCP (what HttpClient will not send: bad targets, slow bodies) and reads the answer.</summary>
internal static class RawHttp
{
    /// <summary>The answer to <paramref name="head"/> followed by <paramref name="body"/> parts, waiting <paramref name="pause"/> between parts.</summary>
    public static async Task<RawResponse> SendAsync(int port, string head, IReadOnlyList<byte[]>? body = null, TimeSpan? pause = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head));
        try
        {
            foreach (var part in body ?? [])
            {
                if (pause is { } wait)
                {
                    await Task.Delay(wait);
                }

                await stream.WriteAsync(part);
            }
        }
        catch (IOException)
        {
            // the server answered and closed before the whole body was sent
        }

        using var read = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await stream.CopyToAsync(read, timeout.Token);
        }
        catch (IOException)
        {
            // reset after the answer
        }

        return RawResponse.Parse(Encoding.UTF8.GetString(read.ToArray()));
    }

    /// <summary>A request head with <paramref name="headers"/> (CRLF-terminated lines), a Host header and <c>Connection: close</c> (the answer ends with the connection).</summary>
    public static string Head(string method, string target, params string[] headers) =>
        $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n";
}
