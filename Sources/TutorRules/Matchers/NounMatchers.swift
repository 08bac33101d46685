// Noun rules: number after a quantity, and nouns that have no plural.

import TutorCore

/// "two book" → "two books", "many friend" → "many friends".
struct NounNumberMatcher: Matcher {
    let lists: WordLists
    private let quantifiers: WordSet
    private let quantityNouns: WordSet

    init(lists: WordLists) {
        self.lists = lists
        quantifiers = lists["plural-quantifiers"]
        quantityNouns = lists["quantity-nouns"]
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for quantity in context.tokens where isPluralQuantity(quantity, in: context) {
            guard let noun = context.token(at: quantity.index + 1), noun.isWord, !noun.isCapitalized,
                let entry = context.lexicon.countableSingular(noun.lower), !quantityNouns.contains(noun.lower), !context.lexicon.isVerbBase(noun.lower) || entry.frequency > 2 * (context.lexicon.verb(noun.lower)?.frequency ?? 0)
            else { continue }
            // "two bus stops", "three year old": the noun modifies what follows.
            if let next = context.token(at: noun.index + 1), next.isWord,
                context.continuesCompound(next, lists: lists) || next.lower == "old" || next.lower == "of" && quantity.lower == "these"
            { continue }
            if let next = context.token(at: noun.index + 1), next.text == "-" || next.text == "'s" { continue }
            matches.append(context.replacement(of: noun, with: entry.plural))
        }
        return matches
    }

    private func isPluralQuantity(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord || token.kind == .number else { return false }
        if let value = FunctionWords.numberWords[token.lower] {
            // "two hundred", "one of the three": only the last number word counts.
            if let next = context.token(at: token.index + 1), FunctionWords.numberWords[next.lower] != nil { return false }
            if let previous = context.token(at: token.index - 1), ["a", "one", "per"].contains(previous.lower), value >= 100 { return true }
            return true
        }
        if token.kind == .number, let value = Int(token.text), value >= 2, value < 1900 {
            // "a £20 ticket": a price before a noun describes it.
            if let previous = context.token(at: token.index - 1), ["£", "$", "€", "₩", "¥"].contains(previous.text) { return false }
            // "2 pm", "10 o'clock", "5 star": digits are often part of a name or unit.
            return context.token(at: token.index - 1).map { !["at", "page", "room", "number", "no", "chapter", "gate", "line", "bus"].contains($0.lower) } ?? true
        }
        return quantifiers.contains(token.lower)
    }
}

/// "informations" → "information", "many advices" → "a lot of advice".
struct UncountablePluralMatcher: Matcher {
    /// Every word `singular(of:)` can answer for: the lexicon's plurals of uncountable nouns,
    /// and each uncountable noun with "s", or a letter and "s", added ("advices", "advicees").
    let triggerWords: Set<String>?

    init(lexicon: Lexicon) {
        var words = Set(lexicon.nounsByPlural.entries.filter { lexicon.isUncountable($0.1.singular) }.map(\.0))
        for noun in lexicon.uncountable {
            words.insert(noun + "s")
            for letter in "abcdefghijklmnopqrstuvwxyz" { words.insert(noun + String(letter) + "s") }
        }
        triggerWords = words
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for token in context.tokens where token.isWord {
            guard let singular = singular(of: token.lower, in: context) else { continue }
            let previous = context.token(at: token.index - 1)
            // "he researches": a verb after a subject, not a noun; "e-mails": part of a compound.
            if let previous, FunctionWords.subjectPronouns.contains(previous.lower) || previous.text == "-" { continue }
            let replacement = token.isCapitalized ? singular.capitalizedFirst : singular
            if let previous, ["many", "several", "few"].contains(previous.lower) || FunctionWords.numberWords[previous.lower] != nil {
                if previous.lower == "many" {
                    matches.append(Match(span: context.span(from: previous, to: token), suggestions: ["a lot of " + replacement]))
                }
                continue
            }
            if let previous, ["a", "an"].contains(previous.lower) { continue }
            matches.append(Match(span: token.span, suggestions: [replacement]))
        }
        return matches
    }

    private func singular(of word: String, in context: AnalysisContext) -> String? {
        guard word.hasSuffix("s") else { return nil }
        if let entry = context.lexicon.noun(plural: word), context.lexicon.isUncountable(entry.singular) { return entry.singular }
        for candidate in [String(word.dropLast()), String(word.dropLast(2))] where context.lexicon.isUncountable(candidate) {
            return candidate
        }
        return nil
    }
}

/// "an advice" → "advice", "a homework" → "homework".
struct UncountableArticleMatcher: Matcher {
    let lists: WordLists

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard var noun = context.token(at: article.index + 1), noun.isWord else { continue }
            if context.lexicon.isAdjective(noun.lower), !context.lexicon.isUncountable(noun.lower),
                let next = context.token(at: noun.index + 1), next.isWord {
                noun = next
            }
            guard context.lexicon.isUncountable(noun.lower), !lists["uncountable-with-article"].contains(noun.lower) else { continue }
            if let next = context.token(at: noun.index + 1), next.isWord, context.continuesCompound(next, lists: lists) { continue }
            if let deletion = context.deletion(of: article, anchoredToNext: true) { matches.append(deletion) }
        }
        return matches
    }
}
