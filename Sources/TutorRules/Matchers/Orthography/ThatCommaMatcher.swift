// "I was so tired, that I fell asleep." → "so tired that I fell asleep" (no comma before "that")

import TutorCore

/// Finds a comma before a "that" that opens a clause ("You know, that the shop is closed",
/// "the fact, that we", "so tired, that I") and takes it out: "that" followed by a subject is
/// never cut off from what comes before by a single comma. Left alone: a "that" which is
/// itself the subject ("..., that is why"), a comma that may close an aside opened a few
/// words before ("I believe, as a student, that ..."), and one after a sentence's first word.
struct ThatCommaMatcher: Matcher {
    /// Subjects and the words that begin one, after "that".
    private static let subjects: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "there", "this", "people", "the", "a", "an", "my", "your",
        "his", "her", "our", "their",
    ]
    /// How far back a comma may open an aside that the comma before "that" closes.
    private static let asideReach = 5

    var triggerWords: Set<String>? { ["that"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.positions(of: "that").compactMap { index -> Match? in
            guard let comma = context.token(at: index - 1), comma.text == ",",
                // Not after a sentence's first word: "Yes, that I remember" puts the object first.
                let before = context.token(at: index - 2), before.isWord, !before.startsSentence,
                let next = context.token(at: index + 1), next.isWord, Self.subjects.contains(next.lower),
                !opensAside(before: comma.index, in: context)
            else { return nil }
            return context.deletion(of: comma)
        }
    }

    /// Whether a comma comes a few tokens before `index` in the same sentence.
    private func opensAside(before index: Int, in context: AnalysisContext) -> Bool {
        var position = index - 1
        while position >= max(0, index - Self.asideReach), let token = context.token(at: position) {
            if token.text == "," { return true }
            if token.startsSentence { return false }
            position -= 1
        }
        return false
    }
}
