using System.Collections.Immutable;

namespace Regional.Observations;

/// <summary>
/// Numbers the vintages of figures as submissions arrive, by the same rule storage applies: the first value of a
/// figure is vintage 1, a later submission with a different value is the next vintage, and a repeat of the latest
/// value is not a new vintage (sending a submission again changes nothing). The vintages the submissions carry are
/// ignored; within one submission the last value of a figure counts.
/// </summary>
public static class VintageLedger
{
    /// <param name="submissionsInOrder">Each submission's figures, submissions in the order they were submitted.</param>
    /// <returns>Every vintage, in the order the submissions brought them.</returns>
    public static ImmutableArray<Observation> Assign(IEnumerable<IEnumerable<Observation>> submissionsInOrder)
    {
        ArgumentNullException.ThrowIfNull(submissionsInOrder);
        var latest = new Dictionary<ObservationKey, Observation>();
        var vintages = ImmutableArray.CreateBuilder<Observation>();
        foreach (var submission in submissionsInOrder)
        {
            var incoming = new Dictionary<ObservationKey, Observation>();
            var order = new List<ObservationKey>();
            foreach (var observation in submission)
            {
                if (!incoming.ContainsKey(observation.Key))
                {
                    order.Add(observation.Key);
                }

                incoming[observation.Key] = observation;
            }

            foreach (var key in order)
            {
                var o = incoming[key];
                var current = latest.GetValueOrDefault(key);
                if (current is not null && current.Value.Equals(o.Value))
                {
                    continue;
                }

                var next = new Observation(o.RegionCode, o.IndicatorId, o.Period, o.Value, o.Basis, o.Status, (current?.Vintage ?? 0) + 1, o.Source);
                latest[key] = next;
                vintages.Add(next);
            }
        }

        return vintages.ToImmutable();
    }
}
