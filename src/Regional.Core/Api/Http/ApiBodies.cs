using System.Text.Json;
using System.Text.Json.Serialization;
using Regional.Serialization;

namespace Regional.Api.Http;

/// <summary>Request bodies: the size bound, UTF-8 JSON of the declared type, nothing the contract does not name.</summary>
public static class ApiBodies
{
    /// <summary>Largest JSON command body (acknowledgements, silences).</summary>
    public const int MaxCommandBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Strict = new(RegionalJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>The whole body, refused with 413 above <paramref name="maxBytes"/> whether or not its length was declared.</summary>
    public static async Task<byte[]> ReadAsync(ApiRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A JSON command: 415 unless application/json, 413 above <see cref="MaxCommandBytes"/>, 400 for JSON that does not read as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadJsonAsync<T>(ApiRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MediaTypes.Bare(request.ContentType) != "application/json")
        {
            throw ApiProblemException.Of(415, ApiProblemCodes.UnsupportedMediaType, $"content type '{ApiInputs.Shown(request.ContentType)}' is not application/json");
        }

        var body = await ReadAsync(request, MaxCommandBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<T>(body, Strict)
                ?? throw ApiProblemException.Of(400, ApiProblemCodes.MalformedBody, "the body is null; send a JSON object");
        }
        catch (JsonException ex)
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.MalformedBody, $"the body is not a valid {typeof(T).Name}: {ApiInputs.Shown(ex.Message)}");
        }
        catch (InvalidOperationException ex)
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.MalformedBody, $"the body is not a valid {typeof(T).Name}: {ApiInputs.Shown(ex.Message)}");
        }
    }

    private static ApiProblemException TooLarge(long maxBytes) =>
        ApiProblemException.Of(413, ApiProblemCodes.PayloadTooLarge, $"the body is larger than {maxBytes} bytes");
}
