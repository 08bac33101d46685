// "Who know?" → "Who knows?", "Who have never dreamed of it?" → "Who has" (agreement.who-question).

import TutorCore

/// "Who" opening a sentence as the subject of its verb takes the singular, however many people
/// the answer may be: "Who knows?", "Who has never dreamed of flying?", "Who doesn't like
/// chocolate?". Only "have", "do" before "n't" or "not", and a plain present verb, right after
/// "Who" (past frequency adverbs, "Who never eats"); "have" and "do" only where no subject
/// follows them: "Who have you invited?", "Who don't you like?" ask about an object and stay;
/// so does "be" ("Who are they?").
struct WhoQuestionAgreementMatcher: Matcher {
    let lists: WordLists
    private let agreement: SubjectHeadAgreementMatcher

    init(lists: WordLists) {
        self.lists = lists
        agreement = SubjectHeadAgreementMatcher(lists: lists)
    }

    var triggerWords: Set<String>? { ["who"] }

    /// Whether a subject of the helping verb may start at `index` ("Who have you invited?",
    /// "Who don't they like?"): then "who" is its object.
    private func startsSubject(at index: Int, in context: AnalysisContext) -> Bool {
        guard let word = context.token(at: index) else { return false }
        return Self.subjectStarts.contains(word) || (word.isWord && word.isCapitalized)
    }

    /// Words that start the subject of a helping verb after it.
    private static let subjectStarts: WordSet = [
        "i", "you", "we", "they", "he", "she", "it", "the", "a", "an", "this", "that", "these", "those", "my", "your",
        "his", "her", "our", "their", "people", "everyone",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { who -> Match? in
            guard who.lower == "who", who.startsSentence, let verb = context.verbSlot(after: who.index), verb.isWord,
                !verb.isCapitalized, !FunctionWords.beForms.contains(verb)
            else { return nil }
            switch verb.lower {
            case "have", "don't":
                if startsSubject(at: verb.index + 1, in: context) { return nil }
            case "do":
                guard ["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? ""),
                    !startsSubject(at: verb.index + 2, in: context)
                else { return nil }
            default:
                // A plain verb takes no subject after it: "Who want a drink?" asks who wants one.
                guard ["VBP", "VB"].contains(context.tag(at: verb.index)) else { return nil }
            }
            return agreement.singularAgreement(
                for: verb, sentence: context.sentence(containing: verb.index), in: context)
        }
    }
}
