// "I am 2nd grade" → "I am in the 2nd grade" ("in my second year of high school"): the Korean
// "저는 2학년이에요" said word for word.

import TutorCore

/// A school year said as what a person is ("I'm 3rd grade") rather than where they are
/// ("I'm in the 3rd grade"). Only after a personal pronoun, or a person opened by a possessive
/// ("my sister is 2nd grade"), and "be", and only where "grade" ends the phrase: "I'm a 3rd grade
/// teacher", "It is 2nd grade math" are left alone. "I am 3rd grade student", with no article
/// before the school year that describes "student", takes "a 3rd-grade student", taught as a
/// missing article.
struct SchoolGradeMatcher: Matcher {
    let lists: WordLists

    private static let beForms: WordSet = ["am", "is", "are", "was", "were", "'m", "'s", "'re"]

    /// Time words after "grade" that end the phrase ("I'm 2nd grade now").
    private static let timeWords: WordSet = ["this", "next"]

    var triggerWords: Set<String>? { ["grade"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.positions(of: "grade").compactMap { gradeIndex -> Match? in
            if let student = gradeStudent(at: gradeIndex, in: context) { return student }
            guard let ordinal = context.token(at: gradeIndex - 1), let year = Self.spelledOrdinals[ordinal],
                let be = context.token(at: gradeIndex - 2), let possessive = possessive(before: be, in: context),
                let grade = context.token(at: gradeIndex), endsPhrase(grade, in: context)
            else { return nil }
            // Middle and high school count years: "2nd grade in high school" reads as primary
            // school's second grade, so "in my second year of high school".
            if let place = context.token(at: gradeIndex + 1), Self.schoolPrepositions.contains(place),
                let level = context.token(at: gradeIndex + 2), Self.secondaryLevels.contains(level),
                context.token(at: gradeIndex + 3)?.lower == "school"
            {
                return Match(
                    span: context.span(from: ordinal, to: place), suggestions: ["in \(possessive) \(year) year of"])
            }
            return Match(
                span: context.span(from: ordinal, to: grade),
                suggestions: ["in the \(ordinal.text) grade", "in \(ordinal.text) grade"])
        }
    }

    private static let schoolPrepositions: WordSet = ["in", "of", "at"]
    private static let secondaryLevels: WordSet = ["middle", "high"]
    /// A personal subject and "be" in one word ("I'm"), and a personal subject before "be",
    /// each with its possessive.
    private static let contractedPossessives = [
        "i'm": "my", "he's": "his", "she's": "her", "we're": "our", "they're": "their", "you're": "your",
    ]
    private static let subjectPossessives = [
        "i": "my", "he": "his", "she": "her", "we": "our", "they": "their", "you": "your",
    ]
    /// The ordinals a school year is said with ("2nd", "second"), each spelled out.
    private static let spelledOrdinals: [String: String] = {
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth",
        ]
        let digits = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
        return Dictionary(uniqueKeysWithValues: Array(zip(digits, words)) + Array(zip(words, words)))
    }()

    /// The possessive of the person a school year is said of ("I'm" → "my", "she is" → "her",
    /// "my sister is" → "the"); nil unless the word is a personal subject and "be" in one, or
    /// "be" after one or after a person opened by a possessive.
    private func possessive(before be: Token, in context: AnalysisContext) -> String? {
        if let own = Self.contractedPossessives[be] { return own }
        guard Self.beForms.contains(be), let subject = context.token(at: be.index - 1) else { return nil }
        if let own = Self.subjectPossessives[subject] { return own }
        guard Self.singularBe.contains(be), let opener = context.token(at: subject.index - 1),
            Self.possessiveOpeners.contains(opener), context.isPerson(subject.lower, personNouns: lists["person-nouns"])
        else { return nil }
        return "the"
    }

    private static let possessiveOpeners: WordSet = ["my", "his", "her", "our", "their", "your"]
    private static let singularBe: WordSet = ["is", "was", "'s"]

    /// "I am 3rd grade student" → "a 3rd-grade student": a singular "be" after a personal subject
    /// or a possessive's person, a school year with no article, and "student" ending the phrase.
    private func gradeStudent(at gradeIndex: Int, in context: AnalysisContext) -> Match? {
        guard let ordinal = context.token(at: gradeIndex - 1), Self.spelledOrdinals[ordinal] != nil,
            let be = context.token(at: gradeIndex - 2),
            Self.singularBe.contains(be) || ["am", "'m", "i'm", "he's", "she's"].contains(be.lower),
            possessive(before: be, in: context) != nil,
            let student = context.token(at: gradeIndex + 1), student.lower == "student",
            endsPhrase(student, in: context)
        else { return nil }
        var match = Match(
            span: context.span(from: ordinal, to: student), suggestions: ["a \(ordinal.text)-grade student"])
        match.explainedBy = "determiner.missing-article"
        return match
    }

    /// "grade" ends its noun phrase: the end, punctuation, or a word that cannot continue it
    /// ("in high school", "now"); not "grade student", "grade math".
    private func endsPhrase(_ grade: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: grade.index + 1) else { return true }
        if next.kind == .punctuation { return next.text != "-" && next.text != "'" }
        return next.isWord
            && (lists["phrase-boundary-words"].contains(next) || Self.timeWords.contains(next))
    }
}
