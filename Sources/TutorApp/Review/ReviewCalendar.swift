// Where the learner's days begin, for the review statistics.

import Foundation

/// Where the learner's days begin, in their time zone.
public enum ReviewCalendar {
    /// The starts of the last `days` days, oldest first, then the start of tomorrow.
    public static func dayStarts(days: Int, now: Date, calendar: Calendar = .current) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0...days).compactMap { calendar.date(byAdding: .day, value: $0 - days + 1, to: today) }
    }
}
