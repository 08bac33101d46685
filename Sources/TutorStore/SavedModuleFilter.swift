// Which saved modules a command works on: by error type or focus, tag, and save date.

import Foundation

/// Picks saved modules by what they teach, how they are tagged and when they were saved.
/// An empty filter keeps everything.
public struct SavedModuleFilter: Sendable, Hashable {
    /// An ERRANT type or its prefix (`R:VERB` keeps `R:VERB:SVA`), or words of the focus
    /// label or rule id ("article", "agreement"); case does not matter.
    public var type: String?
    /// A tag the module must carry; case does not matter.
    public var tag: String?
    /// Keeps modules saved at or after this time.
    public var since: Date?

    /// A filter on any of the three; those left nil keep every module.
    public init(type: String? = nil, tag: String? = nil, since: Date? = nil) {
        self.type = type
        self.tag = tag
        self.since = since
    }

    /// Whether `saved` passes every condition given.
    public func matches(_ saved: SavedModule) -> Bool {
        if let since, saved.savedAt < since { return false }
        if let tag, !saved.tags.contains(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) { return false }
        if let type {
            let wanted = type.lowercased()
            let focus = saved.module.focus
            let errorType = focus.errorType.rawValue.lowercased()
            let byType = errorType == wanted || errorType.hasPrefix(wanted + ":")
            let byWords = [focus.label.en, focus.label.ko, focus.ruleID].contains { $0.lowercased().contains(wanted) }
            if !byType, !byWords { return false }
        }
        return true
    }

    /// The start of the day `text` names, in `calendar`'s time zone: `YYYY-MM-DD`, or `Nd`
    /// for N days before today (`0d` is today); nil for anything else.
    public static func startOfDay(named text: String, now: Date, calendar: Calendar) -> Date? {
        if text.hasSuffix("d"), let days = Int(text.dropLast()), days >= 0 {
            return calendar.date(byAdding: .day, value: -days, to: calendar.startOfDay(for: now))
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else {
            return nil
        }
        return date
    }
}
