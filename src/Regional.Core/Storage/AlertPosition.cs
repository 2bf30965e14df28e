using Regional.Alerts.Lifecycle;
using Regional.Periods;

namespace Regional.Storage;

/// <summary>
/// A place in the listing order of alerts (newest start period first, then id in ordinal order): a page resumes
/// after the last alert of the previous one.
/// </summary>
public readonly record struct AlertPosition(Period StartedPeriod, string Id)
{
    public static AlertPosition Of(AlertRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AlertPosition(record.Episode.StartedPeriod, record.Id);
    }
}
