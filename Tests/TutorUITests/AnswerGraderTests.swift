// Grading: what is forgiven (case, spacing, punctuation, a typo in a long word's stem) and
// what never is (the original error, a distractor, a changed ending).

import Testing
import TutorCore

@testable import TutorUI

@Suite("Grading answers")
struct AnswerGraderTests {
    static func problem(_ kind: Problem.Kind, answer: String, choices: [String]? = nil) -> Problem {
        Problem(
            kind: kind, instruction: LocalizedText(en: "Do it.", ko: "하세요."), text: "She ___ it.", choices: choices,
            answer: answer)
    }

    static let fill = problem(.fillInTheBlank, answer: "understands")
    static let choice = problem(.multipleChoice, answer: "countries", choices: ["country", "countries", "countrys"])
    static let sentenceModule: TeachingModule = {
        var value = module(
            "m", label: "Plural nouns", original: "country", correction: "countries",
            sentence: "I visited three country.", corrected: "I visited three countries.")
        value.problems.append(choice)
        return value
    }()

    @Test(
        "case, spacing, curly apostrophes and final punctuation do not matter",
        arguments: [
            "understands", "UNDERSTANDS", "  understands  ", "understands.", "Understands!",
        ])
    func tolerant(_ answer: String) {
        #expect(AnswerGrader.grade(answer, for: Self.fill) == .correct)
        #expect(AnswerGrader.grade("don’t  know", for: Self.problem(.fillInTheBlank, answer: "don't know")) == .correct)
    }

    @Test("an alternative the module lists is as right as the answer")
    func alternatives() {
        let word = Problem(
            kind: .fillInTheBlank, instruction: LocalizedText(en: "Do it.", ko: "하세요."), text: "Where is the ___?",
            answer: "bathroom", alternatives: ["restroom", "toilet"])
        #expect(AnswerGrader.grade("Restroom", for: word) == .correct)
        #expect(AnswerGrader.grade("toilet.", for: word) == .correct)
        #expect(AnswerGrader.grade("kitchen", for: word) == .incorrect)
    }

    @Test(
        "one typo inside a long word's stem is forgiven, and the right spelling shown",
        arguments: [
            "undrestands", "understnds", "unnderstands", "udnerstands", "unterstands",
        ])
    func typoForgiven(_ answer: String) {
        #expect(AnswerGrader.grade(answer, for: Self.fill) == .correctWithTypo(expected: "understands"))
    }

    @Test(
        "never forgiven: two edits, a changed ending, a short word, a wrong form",
        arguments: [
            ("undrestnds", "two edits"), ("understand", "the -s dropped"), ("understandz", "the ending changed"),
            ("understood", "another form"), ("", "empty"),
        ])
    func notForgiven(_ answer: String, _ why: String) {
        #expect(AnswerGrader.grade(answer, for: Self.fill) == .incorrect, "\(why)")
    }

    @Test("a short word has no typo tolerance")
    func shortWord() {
        #expect(AnswerGrader.grade("gose", for: Self.problem(.fillInTheBlank, answer: "goes")) == .incorrect)
        #expect(AnswerGrader.grade("gos", for: Self.problem(.fillInTheBlank, answer: "goes")) == .incorrect)
    }

    @Test("multiple choice: the number or the text; a distractor or the original error is never a typo")
    func multipleChoice() {
        #expect(AnswerGrader.grade("2", for: Self.choice) == .correct)
        #expect(AnswerGrader.grade("1", for: Self.choice) == .incorrect)
        #expect(AnswerGrader.grade("9", for: Self.choice) == .incorrect)
        #expect(AnswerGrader.grade("Countries", for: Self.choice) == .correct)
        #expect(AnswerGrader.grade("countrys", for: Self.choice) == .incorrect)
        #expect(AnswerGrader.grade("coutnries", for: Self.choice).isCorrect)
        // A fill-in answer equal to one of the module's wrong forms stays wrong.
        let fill = Self.problem(.fillInTheBlank, answer: "countries")
        #expect(AnswerGrader.grade("country", for: fill, in: Self.sentenceModule) == .incorrect)
        #expect(AnswerGrader.grade("countrys", for: fill, in: Self.sentenceModule) == .incorrect)
        #expect(AnswerGrader.grade("cuontries", for: fill, in: Self.sentenceModule).isCorrect)
    }

    @Test("a typo in a rewritten sentence: one word, in its stem")
    func sentences() {
        let rewrite = Self.problem(.rewrite, answer: "She goes to school every morning.")
        #expect(AnswerGrader.grade("she goes to school every mornign", for: rewrite) == .incorrect)  // in the ending
        #expect(AnswerGrader.grade("she goes to shcool every morning", for: rewrite).isCorrect)
        #expect(AnswerGrader.grade("she go to school every morning", for: rewrite) == .incorrect)
        #expect(AnswerGrader.grade("she goes to scool evrey morning", for: rewrite) == .incorrect)  // two words
    }

    @Test(
        "a rewrite that fixes the taught error and leaves another is right for the lesson; the full correction is shown"
    )
    func taughtErrorOnly() {
        let sentence = "My sister go to school and buy a apple."
        var lesson = module(
            "m", label: "Subject–verb agreement", original: "go", correction: "goes", sentence: "Hello! " + sentence,
            corrected: "My sister goes to school and buys an apple.")
        lesson.focus.span = TextSpan(start: 17, end: 19)  // "go" in the second sentence of the message
        let rewrite = Problem(
            kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "고쳐 쓰세요."), text: sentence,
            answer: "My sister goes to school and buys an apple.")
        #expect(
            AnswerGrader.grade("my sister goes to school and buy a apple", for: rewrite, in: lesson)
                == .taughtErrorFixed(fullCorrection: "My sister goes to school and buys an apple."))
        #expect(AnswerGrader.grade("My sister goes to school and buys an apple.", for: rewrite, in: lesson) == .correct)
        #expect(AnswerGrader.grade(sentence, for: rewrite, in: lesson) == .incorrect)
        // Fixing the other errors but not the taught one is not right for this lesson.
        #expect(AnswerGrader.grade("My sister go to school and buys an apple.", for: rewrite, in: lesson) == .incorrect)
        // Without the module the grader cannot tell which error is taught.
        #expect(AnswerGrader.grade("My sister goes to school and buy a apple.", for: rewrite) == .incorrect)
    }

    /// A lesson teaching `original` → `correction` at `span` of `sentence`, and its rewrite
    /// problem whose key is `key`.
    static func rewriteLesson(
        _ sentence: String, teaching original: String, as correction: String, at span: TextSpan, key: String
    ) -> (lesson: TeachingModule, rewrite: Problem) {
        var lesson = module(
            "m", label: "Lesson", original: original, correction: correction, sentence: sentence, corrected: key)
        lesson.focus.span = span
        let rewrite = Problem(
            kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "고쳐 쓰세요."), text: sentence, answer: key)
        return (lesson, rewrite)
    }

    @Test(
        "a rewrite with the taught fix that also changes a word or two the key keeps is right for the lesson, and says so"
    )
    func taughtErrorWithOtherChanges() {
        let (lesson, rewrite) = Self.rewriteLesson(
            "Yesterday I watch a movie and it was very bored.", teaching: "watch", as: "watched",
            at: TextSpan(start: 12, end: 17), key: "Yesterday I watched a movie and it was very bored.")
        let fixedBoth = AnswerGrader.grade(
            "Yesterday I watched a movie and it was very boring.", for: rewrite, in: lesson)
        #expect(fixedBoth == .taughtErrorFixedWithChanges([AnswerChange(from: ["bored"], to: ["boring"])]))
        #expect([AnswerChange(from: ["bored"], to: ["boring"])].described(.english) == "“bored” → “boring”")
        #expect(
            AnswerGrader.grade("Yesterday I watched the movie and it was really boring", for: rewrite, in: lesson)
                == .taughtErrorFixedWithChanges([
                    AnswerChange(from: ["a"], to: ["the"]),
                    AnswerChange(from: ["very", "bored"], to: ["really", "boring"]),
                ]))
        // Without the taught fix, or with it changed, no number of other changes is right.
        #expect(
            AnswerGrader.grade("Yesterday I watch a movie and it was very boring.", for: rewrite, in: lesson)
                == .incorrect)
        #expect(
            AnswerGrader.grade("Yesterday I saw a movie and it was very boring.", for: rewrite, in: lesson)
                == .incorrect)
        // More than two changes of the learner's own, or one of more than two words, is another sentence.
        #expect(
            AnswerGrader.grade("Last Sunday I watched the movie and it was boring.", for: rewrite, in: lesson)
                == .incorrect)
        #expect(
            AnswerGrader.grade(
                "Yesterday I watched a movie and it was not interesting at all.", for: rewrite, in: lesson)
                == .incorrect)
        #expect(AnswerGrader.grade("Yesterday I watched a movie.", for: rewrite, in: lesson) == .incorrect)
        // The key's own other corrections are free: fixing "buy" as the key does is no extra change.
        let (agreement, rewriteSecond) = Self.rewriteLesson(
            "My sister go to school and buy a apple.", teaching: "go", as: "goes", at: TextSpan(start: 10, end: 12),
            key: "My sister goes to school and buys an apple.")
        #expect(
            AnswerGrader.grade(
                "My sister goes to school and buys an apple every day.", for: rewriteSecond, in: agreement)
                == .taughtErrorFixedWithChanges([AnswerChange(from: [], to: ["every", "day"])]))
    }

    @Test("a word the lesson adds must be there as taught; a change elsewhere is the learner's own")
    func taughtInsertion() {
        let (lesson, rewrite) = Self.rewriteLesson(
            "I go to bakery every morning.", teaching: "bakery", as: "the bakery", at: TextSpan(start: 8, end: 14),
            key: "I go to the bakery every morning.")
        #expect(
            AnswerGrader.grade("I went to the bakery every morning.", for: rewrite, in: lesson)
                == .taughtErrorFixedWithChanges([AnswerChange(from: ["go"], to: ["went"])]))
        #expect(AnswerGrader.grade("I go to a bakery every morning.", for: rewrite, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("I go to bakery every day.", for: rewrite, in: lesson) == .incorrect)
    }

    @Test("'than me' and 'than I am' (or 'than I', 'than I do') are the same answer; 'than I expected' is not folded")
    func thanPronouns() {
        let rewrite = Self.problem(.rewrite, answer: "She is smarter than me.")
        for right in ["She is smarter than I am.", "She is smarter than I.", "she is smarter than me"] {
            #expect(AnswerGrader.grade(right, for: rewrite) == .correct, "\(right)")
        }
        #expect(AnswerGrader.grade("She is smarter than him.", for: rewrite) == .incorrect)
        #expect(AnswerGrader.grade("She is more smarter than I am.", for: rewrite) == .incorrect)
        let faster = Self.problem(.rewrite, answer: "He runs faster than they do, but not than us.")
        #expect(AnswerGrader.grade("He runs faster than them, but not than we.", for: faster) == .correct)
        #expect(ThanPronouns.folded("it was harder than i expected") == "it was harder than i expected")
        #expect(ThanPronouns.folded("better than she is, i think") == "better than her, i think")
    }

    @Test("a rewrite's commas do not matter, unless the lesson is a comma")
    func rewriteCommas() {
        let rewrite = Self.problem(.rewrite, answer: "My sister had a cold so I cooked for her.")
        #expect(AnswerGrader.grade("My sister had a cold, so I cooked for her.", for: rewrite) == .correct)
        #expect(AnswerGrader.grade("My sister had a cold , so I cooked for her", for: rewrite) == .correct)
        #expect(AnswerGrader.grade("My sister has a cold, so I cooked for her.", for: rewrite) == .incorrect)
        var commaLesson = module(
            "m", label: "Commas", original: "Yesterday", correction: "Yesterday,", sentence: "Yesterday I went home.",
            corrected: "Yesterday, I went home.")
        commaLesson.focus.ruleID = "punctuation.introductory-comma"
        let commaRewrite = Self.problem(.rewrite, answer: "Yesterday, I went home.")
        #expect(AnswerGrader.grade("Yesterday I went home.", for: commaRewrite, in: commaLesson) == .incorrect)
        #expect(AnswerGrader.grade("Yesterday, I went home", for: commaRewrite, in: commaLesson) == .correct)
    }

    @Test("a lesson about capital letters is graded with case: the learner's lower-case 'i' stays wrong")
    func capitalLesson() {
        var lesson = module(
            "m", label: "Capital I", original: "i", correction: "I", sentence: "Yesterday i went home.",
            corrected: "Yesterday I went home.")
        lesson.focus.ruleID = "orthography.capital-i"
        let fill = Self.problem(.fillInTheBlank, answer: "I")
        let rewrite = Self.problem(.rewrite, answer: "Yesterday I went home.")
        #expect(AnswerGrader.grade("I", for: fill, in: lesson) == .correct)
        #expect(AnswerGrader.grade("i", for: fill, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("Yesterday I went home", for: rewrite, in: lesson) == .correct)
        #expect(AnswerGrader.grade("yesterday i went home.", for: rewrite, in: lesson) == .incorrect)
        // Any other lesson still forgives case.
        #expect(AnswerGrader.grade("UNDERSTANDS", for: Self.fill, in: Self.sentenceModule) == .correct)
    }

    @Test("in a capitals lesson a case-only difference in the taught word is wrong, not a typo")
    func capitalLessonNoCaseTypo() {
        var lesson = module(
            "m", label: "Capital letters", original: "friday", correction: "Friday",
            sentence: "See you on friday.", corrected: "See you on Friday.")
        lesson.focus.ruleID = "orthography.proper-noun"
        // A problem about another capital than the one the learner wrote.
        let fill = Self.problem(.fillInTheBlank, answer: "English")
        #expect(AnswerGrader.grade("english", for: fill, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("ENGLISH", for: fill, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("English", for: fill, in: lesson) == .correct)
        // A typo in a word whose capital is right is still forgiven.
        #expect(AnswerGrader.grade("Engish", for: fill, in: lesson) == .correctWithTypo(expected: "English"))
        let choice = Self.problem(.multipleChoice, answer: "Monday", choices: ["Mondays", "Monday", "Mon day"])
        #expect(AnswerGrader.grade("monday", for: choice, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("2", for: choice, in: lesson) == .correct)
        #expect(AnswerGrader.grade("Monday", for: choice, in: lesson) == .correct)
        // Other lessons still forgive case, and a typo-like case change.
        #expect(AnswerGrader.grade("Understands", for: Self.fill, in: Self.sentenceModule) == .correct)
    }

    @Test("a capital the learner adds outside the taught word is their own change, never 'mind the spelling'")
    func capitalOutsideTaughtWord() {
        var (lesson, rewrite) = Self.rewriteLesson(
            "My friend from japan likes korean food.", teaching: "korean", as: "Korean",
            at: TextSpan(start: 27, end: 33), key: "My friend from japan likes Korean food.")
        lesson.focus.ruleID = "orthography.proper-noun"
        #expect(
            AnswerGrader.grade("My friend from Japan likes Korean food.", for: rewrite, in: lesson)
                == .taughtErrorFixedWithChanges([AnswerChange(from: ["japan"], to: ["Japan"])]))
        #expect(AnswerGrader.grade("My friend from japan likes Korean food", for: rewrite, in: lesson) == .correct)
        // Case still counts in the taught word.
        #expect(AnswerGrader.grade("My friend from Japan likes korean food.", for: rewrite, in: lesson) == .incorrect)
        #expect(AnswerGrader.grade("My friend from japan likes korean food.", for: rewrite, in: lesson) == .incorrect)
    }

    @Test(
        "a contraction and its full form are the same answer, both ways, with either apostrophe",
        arguments: [
            ("doesn't", "does not"), ("She doesn't like spicy food.", "She does not like spicy food"),
            ("don't", "do not"), ("isn't", "is not"), ("aren't", "are not"), ("wasn't", "was not"),
            ("weren't", "were not"), ("can't", "cannot"), ("can't", "can not"), ("cannot", "can not"),
            ("won't", "will not"), ("didn't", "did not"), ("haven't", "have not"), ("hasn't", "has not"),
            ("I'm tired.", "I am tired."), ("It's cold today.", "It is cold today."),
            ("It's been a long day.", "It has been a long day."), ("We're late, sorry.", "We are late, sorry."),
            ("They've left.", "They have left."), ("I'll call you.", "I will call you."),
        ])
    func contractions(_ short: String, _ full: String) {
        for (answer, given) in [(short, full), (full, short), (short, full.replacingOccurrences(of: "'", with: "’"))] {
            let fill = Self.problem(.fillInTheBlank, answer: answer)
            let rewrite = Self.problem(.rewrite, answer: answer)
            #expect(AnswerGrader.grade(given, for: fill) == .correct, "\(given) for \(answer)")
            #expect(AnswerGrader.grade(given.replacingOccurrences(of: "'", with: "’"), for: rewrite) == .correct)
        }
    }

    @Test(
        "'d is right when either reading, 'would' or 'had', gives the answer",
        arguments: [
            ("I had gone home.", "I'd gone home."), ("I'd gone home.", "I had gone home."),
            ("I'd like a window seat.", "I would like a window seat."),
            ("I would like a window seat.", "I'd like a window seat."),
            ("She had finished her homework.", "She'd finished her homework."),
            ("We'd better leave now.", "We had better leave now."),
            ("They'd never seen snow.", "They had never seen snow."),
            ("He would never say that.", "He'd never say that."),
            ("I'd rather stay home, I think.", "I would rather stay home, I think."),
        ])
    func dContractions(_ answer: String, _ given: String) {
        for problem in [Self.problem(.fillInTheBlank, answer: answer), Self.problem(.rewrite, answer: answer)] {
            #expect(AnswerGrader.grade(given, for: problem) == .correct, "\(given) for \(answer)")
            #expect(AnswerGrader.grade(given.replacingOccurrences(of: "'", with: "’"), for: problem) == .correct)
        }
    }

    @Test(
        "'d is wrong when neither reading gives the answer",
        arguments: [
            ("I'd gone home.", "I would gone home."), ("I had gone home.", "I would gone home."),
            ("I'd like a window seat.", "I had like a window seat."),
            ("I would like a window seat.", "I had like a window seat."),
            ("I'd gone home.", "I'd go home."), ("I would go home.", "I'd gone home."),
            ("We had better leave now.", "We would better leave now."),
            ("She'd finished her homework.", "She would finished her homework."),
            ("I'd like a window seat.", "I'll like a window seat."),
        ])
    func dContractionsWrong(_ answer: String, _ given: String) {
        #expect(AnswerGrader.grade(given, for: Self.problem(.rewrite, answer: answer)) == .incorrect, "\(given)")
    }

    @Test("'its' is not 'it's', a noun's 's is no contraction, and a changed verb stays wrong")
    func notContractions() {
        let itIs = Self.problem(.rewrite, answer: "It's a nice day.")
        #expect(AnswerGrader.grade("Its a nice day.", for: itIs) == .incorrect)
        #expect(AnswerGrader.grade("It is a nice day.", for: itIs) == .correct)
        let own = Self.problem(.rewrite, answer: "The dog wagged its tail.")
        #expect(AnswerGrader.grade("The dog wagged it's tail.", for: own) == .incorrect)
        #expect(AnswerGrader.grade("The dog wagged it is tail.", for: own) == .incorrect)
        let agreement = Self.problem(.rewrite, answer: "She doesn't like spicy food.")
        #expect(AnswerGrader.grade("She do not like spicy food.", for: agreement) == .incorrect)
        #expect(AnswerGrader.grade("She don't like spicy food.", for: agreement) == .incorrect)
        let name = Self.problem(.rewrite, answer: "I met Tom's sister.")
        #expect(AnswerGrader.grade("I met Tom is sister.", for: name) == .incorrect)
    }
}
