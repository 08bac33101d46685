// "I turned on English subtitle" → "subtitles", "new jean" → "jeans" (noun-number.plural-only).

import TutorCore

/// Nouns English uses in the plural for one thing: "subtitles" on a screen, "jeans", "pants",
/// "scissors". Korean has one word for the thing, so learners write the singular.
///
/// Only the singular after a word that says which sense is meant ("English subtitle", "turn on
/// subtitle", "my jean", "wearing pant", "the scissor"), never after "a", "one", "this" and the
/// like (where one thing of a count is meant, or a book's "subtitle"), and never before a noun,
/// a verb or anything but a preposition, a conjunction, an adverb, a pronoun, a determiner or
/// punctuation: "a jean jacket", "the subtitle file", "my pant leg" and "My jean is" (whose
/// verb would change too) stay. "jean" only in lower case, as "Jean" is a name.
struct PluralOnlyNounMatcher: Matcher {
    private static let plurals: WordMap<String> = [
        "subtitle": "subtitles", "jean": "jeans", "pant": "pants", "scissor": "scissors",
    ]
    private static let languages: WordSet = [
        "english", "korean", "japanese", "chinese", "spanish", "french", "german", "vietnamese", "thai",
    ]
    /// Words before "subtitle" that make it the words on a screen.
    private static let subtitleWords: WordSet = [
        "on", "off", "with", "without", "no", "any", "use", "need", "turn", "auto", "automatic",
    ]
    /// Words before "jean" or "pant" that make it clothing.
    private static let clothingWords: WordSet = [
        "my", "your", "his", "her", "our", "their", "new", "old", "blue", "black", "white", "grey", "gray", "dark",
        "skinny", "ripped", "tight", "loose", "short", "long", "baggy", "wide", "wear", "wearing", "wore", "of",
        "comfortable", "cheap", "expensive", "favorite", "favourite", "cotton", "denim",
    ]
    private static let scissorWords: WordSet = ["my", "your", "the", "some", "of", "with", "sharp", "use", "need"]
    /// Tags of a word after the noun that ends its phrase without a verb of its own.
    private static let followingTags: Set<String> = ["IN", "CC", "DT", "PRP", "PRP$", "RB", "TO", "WRB"]

    /// Words the tagger may read as nouns that still end the phrase: "new jean yesterday".
    private static let followingWords: WordSet = [
        "yesterday", "today", "tomorrow", "tonight", "now", "again", "too", "here", "there", "last", "every",
    ]

    var triggerWords: Set<String>? { Set(Self.plurals.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            guard let plural = Self.plurals[noun], noun.text == noun.lower,
                let previous = context.token(at: noun.index - 1), previous.isWord,
                saysWhichSense(noun.lower, previous: previous, in: context),
                endsItsPhrase(noun, in: context)
            else { return nil }
            return context.replacement(of: noun, with: plural)
        }
    }

    private func saysWhichSense(_ noun: String, previous: Token, in context: AnalysisContext) -> Bool {
        switch noun {
        case "subtitle":
            if Self.languages.contains(previous) || Self.subtitleWords.contains(previous) { return true }
            // "with clear subtitle": an adjective with no "a", "this" or "the" before it.
            guard context.tag(at: previous.index) == "JJ",
                let before = context.token(at: previous.index - 1)
            else { return false }
            return !FunctionWords.determiners.contains(before) && !["one", "each"].contains(before.lower)
        case "scissor": return Self.scissorWords.contains(previous)
        default: return Self.clothingWords.contains(previous)
        }
    }

    private func endsItsPhrase(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if next.kind == .punctuation { return [".", ",", "!", "?", ";", ":", ")"].contains(next.text) }
        return Self.followingTags.contains(context.tag(at: next.index)) || Self.followingWords.contains(next)
    }
}
