// "I have never been in the USA" → "been to the USA" (preposition.been-to).

import TutorCore

/// "Have you ever been to …?", "I have never been to …": "been to" a place says that one has
/// visited it, which "ever" and "never" ask and tell; "been in" says where one stayed or is
/// still ("I have been in Seoul since May"). The rule reads "in" after "ever been" or "never
/// been" only before a place: a name ("California", "the USA") or a noun phrase whose head is
/// a place or an event one goes to (`wordlists/visited-places.txt`, `article-places.txt`:
/// "such a camp", "a concert"). Left alone: what is no place ("never been in love", "never
/// been in such a situation", "never been in a tent", where one is inside), and a sentence that
/// says how long ("never been in London for so long", "since"), where one stayed.
struct BeenToPlaceMatcher: Matcher {
    let places: WordSet
    let timeUnits: WordSet

    init(lists: WordLists) {
        places = WordSet(Array(lists["visited-places"]) + Array(lists["article-places"]))
        timeUnits = lists["time-units"]
    }

    private static let experienceAdverbs: WordSet = ["ever", "never"]
    private static let starters: WordSet = [
        "the", "a", "an", "this", "that", "such", "any", "another", "other", "my", "your", "his", "her", "our",
        "their",
    ]
    /// Words that say how long one stayed: "never been in London for so long", "since May".
    private static let stayWords: WordSet = ["for", "since", "long", "until", "till"]

    var triggerWords: Set<String>? { ["been"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for been in context.tokens where been.isWord && been.lower == "been" {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let adverb = context.token(at: been.index - 1), Self.experienceAdverbs.contains(adverb),
                let preposition = context.token(at: been.index + 1), preposition.isWord, preposition.lower == "in",
                let sentenceEnd = context.sentence(containing: been.index).last,
                !saysHowLong(from: preposition.index + 1, to: sentenceEnd.index, in: context),
                namesPlace(startingAt: preposition.index + 1, in: context)
            else { continue }
            var match = context.replacement(of: preposition, with: preposition.isAllCaps ? "TO" : "to")
            match.message = LocalizedText(
                en: "A place one has visited is 'been to' it: '{correction}'.",
                ko: "가 본 적이 있는 곳은 'been to'로 말해요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    private func saysHowLong(from start: Int, to end: Int, in context: AnalysisContext) -> Bool {
        guard start <= end else { return false }
        return (start...end).contains { index in
            context.token(at: index).map { $0.isWord && Self.stayWords.contains($0) } ?? false
        }
    }

    /// Whether the words after "in" name a place: a name ("California", "the States"), or a
    /// noun phrase (determiners, adjectives, nouns) whose head noun is a place.
    private func namesPlace(startingAt index: Int, in context: AnalysisContext) -> Bool {
        var cursor = index
        while let word = context.token(at: cursor), word.isWord, Self.starters.contains(word) { cursor += 1 }
        guard let first = context.token(at: cursor), first.isWord else { return false }
        // A name: "California", "the USA"; a longer word in capitals is a shouted common word.
        if first.isCapitalized, !first.startsSentence, !first.isAllCaps || first.lower.count <= 3,
            context.tag(at: first.index).hasPrefix("NNP"), !timeUnits.contains(first)
        {
            return true
        }
        var head: Token?
        while cursor <= index + 5, let token = context.token(at: cursor), token.isWord {
            let tag = context.tag(at: cursor)
            if tag.hasPrefix("NN") {
                head = token
            } else if head != nil || !tag.hasPrefix("JJ") {
                break
            }
            cursor += 1
        }
        guard let head else { return false }
        let singular = context.lexicon.noun(plural: head)?.singular ?? head.lower
        return places.contains(head) || places.contains(singular)
    }
}
