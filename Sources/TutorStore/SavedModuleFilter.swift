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
}
