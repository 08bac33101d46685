// Read by a teacher in audit 37b: the false alarms of the rules under 0.6 precision, and a third
// person's bare verb in a sentence told all in the past.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, audit 37b")
struct TeacherReadingAudit37bTests {
    @Test(
        "a bare verb in a sentence whose other verbs are all past is not taught '-s'",
        arguments: [
            "At the party she noticed her old friend standing near the door with a big cake and she run to him.",
            "After dinner he packed his bag, locked every window in the old house and then he drive to the airport.",
        ])
    func noThirdPersonInPastSentence(text: String) {
        let findings = Shipped.analyser.findings(in: text)
        #expect(!findings.contains { $0.ruleID == "agreement.third-person" }, "\(findings.map(\.ruleID))")
    }

    @Test(
        "the present and a past only after the verb still take '-s'",
        arguments: [
            ("He always forget my birthday.", "He always forgets my birthday."),
            (
                "She always mention in her long emails to all of us in the class that the museum trip was cancelled.",
                "She always mentions in her long emails to all of us in the class that the museum trip was cancelled."
            ),
        ])
    func thirdPersonStays(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "'almost' before 'as', after a be form, 'nearly' or 'not' is not 'most'",
        arguments: [
            "She sings almost as well as her mother.",
            "They are almost adults now.",
            "Nearly almost of my classmates came.",
            "It was not almost as hard as I thought.",
        ])
    func almostStays(text: String) {
        let findings = Shipped.analyser.findings(in: text)
        #expect(!findings.contains { $0.ruleID == "determiner.almost-most" }, "\(findings.map(\.ruleID))")
    }

    @Test(
        "'used' after a modal with a preposition of use is a passive: 'be used'",
        arguments: [
            ("Our old classroom can used for club meetings.", "Our old classroom can be used for club meetings."),
            ("This app can also used as a dictionary.", "This app can also be used as a dictionary."),
            ("You will used to the cold weather soon.", "You will be used to the cold weather soon."),
        ])
    func usedPassive(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "a participle after a modal with an agent or a reason and no object is not given its base",
        arguments: [
            "The driver will punished by the police.",
            "Students who cheat will punished for it.",
            "Our team could praised for its hard work.",
        ])
    func passiveWithoutBeNotBase(text: String) {
        let findings = Shipped.analyser.findings(in: text)
        #expect(!findings.contains { $0.ruleID == "verb-form.after-modal" }, "\(findings.map(\.ruleID))")
    }

    @Test(
        "a participle after a modal with an object keeps its base",
        arguments: [
            ("They will punished the driver for it.", "They will punish the driver for it."),
            ("We could finished the project by Friday.", "We could finish the project by Friday."),
        ])
    func participleWithObjectTakesBase(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("'could used to' before a verb is not taught 'could use to'")
    func couldUsedTo() {
        let findings = Shipped.analyser.findings(in: "My grandfather could used to walk ten kilometres a day.")
        #expect(!findings.contains { $0.ruleID == "verb-form.after-modal" }, "\(findings.map(\.ruleID))")
    }

    @Test("a past in a relative clause does not make the sentence past")
    func relativeClausePast() {
        let findings = Shipped.analyser.findings(in: "I ride the bike which was my father's to school.")
        #expect(!findings.contains { $0.ruleID == "tense.past-sentence" }, "\(findings.map(\.ruleID))")
    }
}
