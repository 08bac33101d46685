// "We went at the bar" → "went to the bar" (preposition.go-to-place).

import TutorCore

/// A verb of going ("go", "come", "travel", "return") takes "to" before the place it goes
/// towards; "at" says where something is, not where it goes. The rule reads "at" after such a
/// verb, tagged a verb, only before a place: a noun phrase that opens with a determiner or a
/// possessive and whose head noun (the last of its nouns: "the evening show") is no time and no
/// measure. Left alone: "go at the weekend", "travel at the end of July", "come at the same
/// time", "go at full speed", "go at once", "go at it", names ("go at Christmas"), "comes"
/// (things come at a point: "the worst comes at the end") and "gone" ("it had gone well at
/// the concert").
struct DestinationPrepositionMatcher: Matcher {
    let timeUnits: WordSet

    init(lists: WordLists) {
        timeUnits = lists["time-units"]
    }

    private static let verbs: WordSet = [
        "go", "goes", "went", "going", "come", "came", "coming", "travel", "travels", "travelled", "traveled",
        "travelling", "traveling", "return", "returns", "returned", "returning",
    ]
    private static let starters: WordSet = [
        "the", "a", "an", "this", "that", "my", "your", "his", "her", "our", "their",
    ]
    /// Heads of "at" phrases that say when or how, not where: "at the end", "at a high speed".
    private static let notPlaces: WordSet = [
        "end", "beginning", "start", "middle", "holiday", "holidays", "vacation", "break", "season", "period",
        "stage", "point", "level", "age", "speed", "rate", "pace", "price", "cost", "risk", "expense", "request",
        "invitation", "latest", "earliest", "last", "least", "most", "same",
    ]

    var triggerWords: Set<String>? { ["at"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for preposition in context.tokens where preposition.isWord && preposition.lower == "at" {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let verb = context.token(at: preposition.index - 1), verb.isWord, Self.verbs.contains(verb),
                let starter = context.token(at: preposition.index + 1), Self.starters.contains(starter),
                context.tag(at: verb.index).hasPrefix("VB"), isPlace(startingAfter: starter.index, in: context)
            else { continue }
            var match = context.replacement(of: preposition, with: "to")
            match.message = LocalizedText(
                en: "'\(verb.text.capitalizedFirst)' takes 'to' before the place: '{correction}'.",
                ko: "'\(verb.lower)' 뒤에서 가는 곳 앞에는 'to'를 써요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// Whether the words after the determiner make a noun phrase naming a place: adjectives and
    /// numbers, then nouns, the last of which is the head and is neither a time nor a measure.
    private func isPlace(startingAfter index: Int, in context: AnalysisContext) -> Bool {
        var cursor = index + 1
        var head: Token?
        while cursor <= index + 5, let token = context.token(at: cursor), token.isWord || token.kind == .number {
            let tag = context.tag(at: cursor)
            if tag.hasPrefix("NN") {
                head = token
            } else if head != nil || !(tag.hasPrefix("JJ") || tag == "CD") {
                break
            }
            cursor += 1
        }
        guard let head else { return false }
        let singular = context.lexicon.noun(plural: head)?.singular ?? head.lower
        return ![head.lower, singular].contains { timeUnits.contains($0) || Self.notPlaces.contains($0) }
    }
}
