namespace Regulator.Web.Reports;

/// <summary>The body of a push request, read once by the signature check and handed to the endpoint as a request feature.</summary>
public sealed record SignedRequestBody(byte[] Bytes);
