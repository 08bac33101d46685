// The known name a mistyped one most likely meant: commands, transcripts.

/// Finds the name a learner most likely meant when they typed one that is not there.
public enum NearestName {
    /// The name in `names` that `word` most likely meant, or nil when none is near: a name that
    /// `word` begins (a name cut short when copied), else the fewest edits, within a third of
    /// the name's length (at least 2).
    public static func nearest(to word: String, among names: [String]) -> String? {
        let typed = word.lowercased()
        guard !typed.isEmpty, !names.contains(word) else { return nil }
        if let extended = names.filter({ $0.lowercased().hasPrefix(typed) }).min(by: { $0.count < $1.count }) {
            return extended
        }
        let scored = names.map { ($0, distance(typed, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, best.0.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance between two short words.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
