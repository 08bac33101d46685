// "I have visited Seoul in 2019" → "visited" (tense.perfect-past-time).

import Foundation
import TutorCore

/// The present perfect with a finished time that "yesterday", "last" and "ago" (the
/// past-time-marker rule) do not cover: a past year ("in 2019") or a past "when" clause ("when
/// I was young"): "I have lived in Busan when I was young" → "lived". The perfect joins the
/// past to now; a time that is over takes the past simple. Only "have"/"has" right after a
/// personal pronoun and right before a participle the lexicon knows ("got" left alone, and
/// "been" but for a trip: "I have been to a gym when I was a student" → "went", as the
/// past-time-marker rule reads it; "been" of a place or a state may want "was" or "went"); not
/// in a question, nor where the sentence also reaches up to now ("since", "ever", "never",
/// "already", "recently", "so far").
struct PerfectPastTimeMatcher: Matcher {
    var triggerWords: Set<String>? { ["have", "has", "'ve"] }

    private static let haveForms: WordSet = ["have", "has", "'ve"]
    private static let subjects: WordSet = ["i", "you", "we", "they", "he", "she"]
    /// Words by which the sentence is about a time up to now, where the perfect may be right.
    private static let upToNow: WordSet = [
        "since", "ever", "never", "already", "recently", "yet", "far", "now", "lately", "times", "just",
    ]

    /// The current year: "in 2019" is over, "in 2026" may not be.
    private let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { have -> Match? in
            guard Self.haveForms.contains(have),
                let subject = context.token(at: have.index - 1), Self.subjects.contains(subject),
                let participle = context.token(at: have.index + 1), participle.isWord, participle.lower != "got",
                let past = pastOfParticiple(participle, in: context)
            else { return nil }
            let sentence = context.sentence(containing: have.index)
            guard !sentence.contains(where: { $0.text == "?" || Self.upToNow.contains($0.lower) }),
                hasFinishedTime(in: sentence, context: context)
            else { return nil }
            return Match(span: context.span(from: have, to: participle), suggestions: [past])
        }
    }

    /// The past simple for the participle: "went" for "been to" a place (not "been to see"),
    /// nil for any other "been".
    private func pastOfParticiple(_ participle: Token, in context: AnalysisContext) -> String? {
        if participle.lower == "been" {
            guard context.token(at: participle.index + 1)?.lower == "to",
                let place = context.token(at: participle.index + 2), place.isWord,
                !context.tag(at: place.index).hasPrefix("VB")
            else { return nil }
            return "went"
        }
        guard let base = context.lexicon.base(ofForm: participle, kind: .pastParticiple),
            let forms = context.lexicon.verb(base), !forms.past.isEmpty, forms.past != "-"
        else { return nil }
        return forms.past
    }

    /// "in" + a past year, or "when" + a pronoun + "was"/"were".
    private func hasFinishedTime(in sentence: ArraySlice<Token>, context: AnalysisContext) -> Bool {
        sentence.contains { token in
            switch token.lower {
            case "in":
                guard let year = context.token(at: token.index + 1), year.kind == .number,
                    let value = Int(year.text), value >= 1900, value < currentYear
                else { return false }
                return true
            case "when":
                guard let pronoun = context.token(at: token.index + 1),
                    FunctionWords.subjectPronouns.contains(pronoun),
                    let verb = context.token(at: token.index + 2)
                else { return false }
                return verb.lower == "was" || verb.lower == "were"
            default:
                return false
            }
        }
    }
}
