using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>Appends ASCII lines of space-separated decimal integers (invariant culture, no separators) to a growing buffer.</summary>
internal sealed class CanonicalWriter(int capacity)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(Math.Max(256, capacity));

    public void Line(FormattableString text)
    {
        _buffer.Write(Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture) + "\n"));
    }

    public void Numbers(params ReadOnlySpan<long> values)
    {
        var span = _buffer.GetSpan(values.Length * 21);
        var written = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) span[written++] = (byte)' ';
            Utf8Formatter.TryFormat(values[i], span[written..], out var used);
            written += used;
        }
        span[written++] = (byte)'\n';
        _buffer.Advance(written);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
