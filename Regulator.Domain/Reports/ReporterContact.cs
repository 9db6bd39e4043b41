namespace Regulator.Domain.Reports;

/// <summary>The reporter's contact (a phone number or an e-mail address): personal information, shown masked only.</summary>
public static class ReporterContact
{
    /// <summary><c>138****5678</c>, <c>z***@example.cn</c>; anything else keeps only its first and last character.</summary>
    public static string Mask(string contact)
    {
        var at = contact.IndexOf('@');
        if (at > 0) return contact[..1] + "***" + contact[at..];
        if (contact.Length >= 7) return contact[..3] + new string('*', contact.Length - 7) + contact[^4..];
        return contact.Length <= 2 ? new string('*', contact.Length) : contact[..1] + new string('*', contact.Length - 2) + contact[^1..];
    }
}
