// "I was so tired, that I fell asleep." → "so tired that I fell asleep" (no comma before "that")

import TutorCore

/// Finds a comma before a "that" that opens a clause ("You know, that the shop is closed",
/// "the fact, that we", "so tired, that I") and takes it out: "that" followed by a subject, or
/// after a verb by any word but a verb ("I must say, that films ..."), is never cut off from
/// what comes before by a single comma. Left alone: a "that" which is
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
                let next = context.token(at: index + 1), next.isWord,
                Self.subjects.contains(next) || isObjectClause(after: before, next: next, in: context),
                !opensAside(before: comma.index, in: context)
            else { return nil }
            return context.deletion(of: comma)
        }
    }

    /// Whether "that" after a verb opens the verb's object clause whatever its subject ("I want
    /// to say, that plays and films ...", "The point is, that Pat told ..."): the verb before
    /// the comma is tagged a verb and the word after "that" is not, so "that" is no subject of
    /// its own ("I would like to travel, that will be nice").
    private func isObjectClause(after verb: Token, next: Token, in context: AnalysisContext) -> Bool {
        let tags = context.structure.tags
        let nextTag = tags[next.index]
        return tags[verb.index].hasPrefix("VB") && !nextTag.isEmpty && !nextTag.hasPrefix("VB") && nextTag != "MD"
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
