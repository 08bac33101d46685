// A rewrite that fixes the taught error and changes a word or two elsewhere: right for the lesson.

import TutorCore

/// A learner who rewrites "Yesterday I watch a movie and it was very bored" as "… I watched a
/// movie and it was very boring" has fixed the error the lesson teaches and one the analyser
/// did not find. The lesson's answer key still says "bored", so comparing with it alone marks
/// a right sentence wrong. Here a rewrite is read word by word against the learner's sentence
/// with only the taught error fixed: if the taught fix is there untouched and the rest differs
/// only by the key's other corrections and at most `maximumExtraChanges` small changes (up to
/// two words for up to two), the rewrite is right for the lesson and the extra changes are
/// named, unchecked, to the learner.
enum RewriteChanges {
    /// One change of the learner's: `from` (empty for an added word) became `to` (empty for a
    /// removed one).
    struct Change: Equatable {
        var from: [String]
        var to: [String]
        /// Where `from` starts among the words compared against.
        var start: Int
    }

    /// The most changes beyond the key's own that a rewrite may make and still count.
    static let maximumExtraChanges = 2
    /// The most words one such change may replace or add.
    static let maximumWordsPerChange = 2

    /// The learner's extra changes as "“bored” → “boring”" texts when `given` (normalized) is
    /// the taught fix plus the key's other corrections (any of them) plus at most two small
    /// changes, at least one of them its own; nil otherwise.
    static func extraChanges(
        _ given: [String], taughtOnly: [String], focus: Range<Int>, key: [String]
    ) -> [Change]? {
        let learner = changes(from: taughtOnly, to: given)
        let keys = changes(from: taughtOnly, to: key)
        guard learner.allSatisfy({ !overlaps($0, focus) }) else { return nil }
        let extra = learner.filter { !keys.contains($0) }
        guard !extra.isEmpty, extra.count <= maximumExtraChanges,
            extra.allSatisfy({
                $0.from.count <= maximumWordsPerChange && $0.to.count <= maximumWordsPerChange
            })
        else { return nil }
        return extra
    }

    /// Whether a change touches the taught fix's words; an empty fix (a word removed) is its
    /// place, which a change there touches too.
    static func overlaps(_ change: Change, _ focus: Range<Int>) -> Bool {
        let end = change.start + change.from.count
        if focus.isEmpty { return change.start <= focus.lowerBound && focus.lowerBound <= end }
        if change.from.isEmpty { return focus.lowerBound < change.start && change.start < focus.upperBound }
        return change.start < focus.upperBound && end > focus.lowerBound
    }

    /// The changes that turn `old` into `new`, word by word (a longest common subsequence).
    static func changes(from old: [String], to new: [String]) -> [Change] {
        // common[i][j]: the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Change] = []
        var pending = Change(from: [], to: [], start: 0)
        func flush(at index: Int) {
            if !pending.from.isEmpty || !pending.to.isEmpty { result.append(pending) }
            pending = Change(from: [], to: [], start: index)
        }
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
                flush(at: i)
            } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
                pending.to.append(new[j])
                j += 1
            } else {
                pending.from.append(old[i])
                i += 1
            }
        }
        flush(at: i)
        return result
    }
}

/// A change a learner's rewrite makes beyond the lesson's key: `from` (empty for an added
/// word) became `to` (empty for a removed one), as normalized words.
public struct AnswerChange: Hashable, Sendable {
    public var from: String
    public var to: String

    public init(from: [String], to: [String]) {
        self.from = from.joined(separator: " ")
        self.to = to.joined(separator: " ")
    }
}

extension [AnswerChange] {
    /// The changes as the learner reads them: "“bored” → “boring” and added “the”".
    public func described(_ strings: Strings) -> String {
        map { change in
            if change.from.isEmpty { return strings("grading.added", ["words": change.to]) }
            if change.to.isEmpty { return strings("grading.removed", ["words": change.from]) }
            return strings("grading.replaced", ["from": change.from, "to": change.to])
        }.joined(separator: strings("grading.and"))
    }

    /// What a grade says of the analyser's findings in a rewrite: "But fix this too: “go to
    /// there” → “go there”."
    public func foundNote(_ strings: Strings) -> String {
        strings("grading.found", ["corrections": described(strings)])
    }

    /// What a grade says of them: "Your other change (“bored” → “boring”) is not checked here."
    public func uncheckedNote(_ strings: Strings) -> String {
        strings.count("grading.unchecked", count, ["changes": described(strings)])
    }
}
