using StreamKit.Processing;

namespace StreamKit.Graph;

/// <summary>A task's scheduled punctuators and when each is next due.</summary>
internal sealed class Punctuations
{
    private readonly List<Schedule> _schedules = [];

    public ICancellable Add(TimeSpan interval, PunctuationType type, Action<long> punctuator, long now)
    {
        var every = (long)interval.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1, nameof(interval));
        var schedule = new Schedule(this, type, every, punctuator) { Next = now < 0 ? -1 : now + every };
        _schedules.Add(schedule);
        return schedule;
    }

    /// <summary>Calls every punctuator of <paramref name="type"/> that is due at <paramref name="now"/>, once.</summary>
    public void Fire(PunctuationType type, long now)
    {
        if (now < 0)
        {
            return;
        }

        foreach (var schedule in _schedules.Where(s => s.Type == type).ToList())
        {
            if (schedule.Next < 0)
            {
                schedule.Next = now + schedule.Interval; // first time seen: start counting from here
            }
            else if (now >= schedule.Next)
            {
                schedule.Next = Math.Max(schedule.Next + schedule.Interval, now + 1);
                schedule.Punctuator(now);
            }
        }
    }

    private sealed class Schedule(Punctuations owner, PunctuationType type, long interval, Action<long> punctuator) : ICancellable
    {
        public PunctuationType Type => type;

        public long Interval => interval;

        public Action<long> Punctuator => punctuator;

        public long Next { get; set; }

        public void Cancel() => owner._schedules.Remove(this);
    }
}
