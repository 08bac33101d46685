// Read by the teach helper in three new recorded chats (a washing machine repair call, a K-drama, a
// gym membership): "I went to swimming class" lost its "to" ("went swimming class"); "three times in
// a week", "I turned off it", "I was so surprising that ...", "start from tomorrow" and "your kind
// explain" were never flagged.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 18")
struct TeacherReadingRound18Tests {
    @Test(
        "'go to' stays before a noun the -ing word describes; a bare activity still loses it",
        arguments: [
            (
                "When I was small, I went to swimming class every weekend.",
                "When I was small, I went to swimming class every weekend."
            ),
            ("My brother goes to dancing lessons on Fridays.", "My brother goes to dancing lessons on Fridays."),
            (
                "We went to hiking on Sunday and then went to the shopping mall.",
                "We went hiking on Sunday and then went to the shopping mall."
            ),
        ])
    func goToBeforeANoun(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "how often: 'times in a week' → 'times a week'; 'in a week' as a time limit stays",
        arguments: [
            ("I go to the gym three times in a week after work.", "I go to the gym three times a week after work."),
            ("My grandmother calls me once in a month.", "My grandmother calls me once a month."),
            ("I read the whole series in a week.", "I read the whole series in a week."),
            ("We only see each other once in a while.", "We only see each other once in a while."),
        ])
    func timesAWeek(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("the how-often module teaches 'a' for 'each' in both languages")
    func timesAWeekModule() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "I swim four times in a week."))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.ruleID == "preposition.times-a-week")
        #expect(module.explanation.en.contains("'a' means 'each'"), "\(module.explanation.en)")
        #expect(module.explanation.ko.contains("'~마다'"), "\(module.explanation.ko)")
        #expect(ModuleGenerationTests.validator.validate(module).passed)
    }

    @Test(
        "'it' and 'them' go between a phrasal verb and its particle; a place after a question word stays",
        arguments: [
            ("The fan was noisy, so I switched off it.", "The fan was noisy, so I switched it off."),
            (
                "I don't need these old clothes, so I will throw away them.",
                "I don't need these old clothes, so I will throw them away."
            ),
            (
                "I don't know the word, so I will look up it later.",
                "I don't know the word, so I will look it up later."
            ),
            ("What did you write on it?", "What did you write on it?"),
        ])
    func phrasalPronoun(text: String, corrected: String) {
        let findings = Shipped.analyser(only: "word-order.phrasal-pronoun").findings(in: text)
        #expect(findings.corrected(text) == corrected, "\(findings.map(\.suggestions))")
    }

    @Test(
        "'so ... that' after 'I was' takes the -ed feeling",
        arguments: [
            ("We were so exciting that we could not sleep.", "We were so excited that we could not sleep."),
            ("The trip was so exciting that we could not sleep.", "The trip was so exciting that we could not sleep."),
        ])
    func soThatFeeling(text: String, corrected: String) {
        let findings = Shipped.analyser(only: "adjective.feeling-ed").findings(in: text)
        #expect(findings.corrected(text) == corrected)
    }

    @Test(
        "Korean calques from the gym chat: 'start from tomorrow', 'your kind explain'",
        arguments: [
            ("Can I start from tomorrow?", "Can I start tomorrow?"),
            ("Thank you for your kind explain.", "Thank you for your kind explanation."),
            ("Let's start from the beginning.", "Let's start from the beginning."),
            ("Could you let her explain?", "Could you let her explain?"),
        ])
    func gymCalques(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }
}
