// What a past verb of saying, thinking or finding out reports moves back with it: "is" → "was",
// "don't" → "didn't" (tense.reported-present), and "will" → "would" after more reporting words.

import Testing
import TutorCore

@testable import TutorRules

@Suite("The verbs of a past report move back")
struct ReportedClauseTests {
    /// The corrections tense.reported-present makes in `text`: original -> correction.
    private func present(_ text: String) -> [String] {
        Shipped.analyser(only: "tense.reported-present").findings(in: text).map {
            "\($0.original) -> \($0.suggestions.first ?? "")"
        }
    }

    @Test(
        "a present 'be' or 'do' after a past verb of believing or finding out moves back",
        arguments: [
            ("I thought the train is faster than the bus.", "is -> was"),
            ("We noticed that the lights aren't on.", "aren't -> weren't"),
            ("Then we found out the museum is closed for repairs.", "is -> was"),
            ("It appeared that nobody is in the office.", "is -> was"),
            ("My mother asked whether I am tired.", "am -> was"),
            ("I didn't know that my neighbours are from Canada.", "are -> were"),
            ("She felt that her boss doesn't trust her.", "doesn't -> didn't"),
            ("The coach thought that we do n't need a break.", "do -> did"),
        ])
    func movesBack(text: String, change: String) {
        #expect(present(text) == [change], "\(text)")
    }

    @Test(
        "after a verb of saying the present moves back only when the sentence says, in the past, that it did not hold",
        arguments: [
            ("The menu said the soup is vegetarian, but it had beef in it.", ["is -> was"]),
            ("The menu said the soup is vegetarian.", []),
            ("My friend told me that she is a nurse.", []),
            ("The letter informed me that I am the winner.", []),
        ])
    func sayingNeedsTurnedOut(text: String, changes: [String]) {
        #expect(present(text) == changes, "\(text)")
    }

    @Test(
        "a report that holds now, a fact learned, a present report or a question keeps its present",
        arguments: [
            "I thought that she still works at the bank.",
            "He thought the library is open every day.",
            "I learned that the moon is smaller than the earth.",
            "I think that the train is faster.",
            "I have always thought that art is important.",
            "Did you think that the test is easy?",
            "She thought, \"This is wrong.\"",
            "I thought they is coming.",
            "I found the hotel is near the beach.",
            "It is often thought that cats are lazy.",
            "I realised that I have lost my wallet.",
        ])
    func staysPresent(text: String) {
        #expect(present(text).isEmpty, "\(text)")
    }

    @Test(
        "'will' moves back after a verb of asking with 'if', a person told, and 'it was written'",
        arguments: [
            "She asked me if I will join the club.",
            "I told my brother that I will be home late.",
            "On the ticket it was written that the show will end at ten.",
        ])
    func willMovesBack(text: String) {
        let findings = Shipped.analyser(only: "tense.reported-future").findings(in: text)
        #expect(findings.map { $0.suggestions.first } == ["would"], "\(text)")
    }

    @Test(
        "'will' stays after a present passive, after 'asked' without 'if', and after 'asked me to'",
        arguments: [
            "It is written that the river will rise.",
            "I asked the waiter, and he will bring water.",
            "He asked me to check if I will need a visa.",
        ])
    func willStays(text: String) {
        #expect(Shipped.analyser(only: "tense.reported-future").findings(in: text).isEmpty, "\(text)")
    }
}
