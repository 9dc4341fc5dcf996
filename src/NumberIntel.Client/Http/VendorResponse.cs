using System.Net;

namespace NumberIntel.Client.Http;

/// <summary>A successfully read and deserialized vendor answer.</summary>
/// <typeparam name="T">The body type.</typeparam>
/// <param name="Value">The deserialized body.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="RequestId">The vendor's request id header, when it sent one.</param>
internal readonly record struct VendorResponse<T>(T Value, HttpStatusCode StatusCode, string? RequestId);
