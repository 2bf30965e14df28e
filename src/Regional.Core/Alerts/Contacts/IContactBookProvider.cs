namespace Regional.Alerts.Contacts;

/// <summary>The contact book of the catalog the app works with (its <c>contacts.json</c>, loaded once).</summary>
public interface IContactBookProvider
{
    ContactBook Book { get; }
}

/// <summary>A contact book already in hand.</summary>
public sealed class FixedContactBookProvider(ContactBook book) : IContactBookProvider
{
    public ContactBook Book { get; } = book;
}
