// "I am 2nd grade" → "I am in the 2nd grade" ("in my second year of high school"): the Korean
// "저는 2학년이에요" said word for word.

import TutorCore

/// A school year said as what a person is ("I'm 3rd grade") rather than where they are
/// ("I'm in the 3rd grade"). Only after a personal pronoun and "be", and only where "grade"
/// ends the phrase: "I'm a 3rd grade teacher", "It is 2nd grade math" are left alone.
struct SchoolGradeMatcher: Matcher {
    let lists: WordLists

    private static let beForms: WordSet = ["am", "is", "are", "was", "were", "'m", "'s", "'re"]

    /// Time words after "grade" that end the phrase ("I'm 2nd grade now").
    private static let timeWords: WordSet = ["this", "next"]

    var triggerWords: Set<String>? { ["grade"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.positions(of: "grade").compactMap { gradeIndex -> Match? in
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

    /// The possessive of the person a school year is said of ("I'm" → "my", "she is" → "her");
    /// nil unless the word is a personal subject and "be" in one, or "be" after one.
    private func possessive(before be: Token, in context: AnalysisContext) -> String? {
        if let own = Self.contractedPossessives[be] { return own }
        guard Self.beForms.contains(be), let subject = context.token(at: be.index - 1) else { return nil }
        return Self.subjectPossessives[subject]
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
