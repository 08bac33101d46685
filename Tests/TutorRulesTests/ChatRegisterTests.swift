// Chat as learners and native speakers type it: abbreviations, lower case, names, links.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Chat register")
struct ChatRegisterTests {
    @Test(
        "chat abbreviations and interjections typed long are no misspellings",
        arguments: [
            "thx for the help", "idk what to do", "not sure tbh", "imo it's better", "pls call me",
            "heyy how are you", "ughh mondays", "aww that's sweet", "lowkey want pizza", "ngl that was scary",
        ])
    func chatWords(text: String) {
        #expect(Shipped.analyser.findings(in: text).allSatisfy { $0.ruleID != "spelling.dictionary" }, "\(text)")
    }

    @Test("a word typed long is no plural: 'yesss' is not 'yeses'")
    func drawnOutWord() {
        #expect(Shipped.analyser(only: "inflection.noun-plural").findings(in: "yesss we won").isEmpty)
    }

    @Test(
        "a Korean place in lower case gets its capital, never a misspelling's correction",
        arguments: [
            ("We went to busan last week.", "We went to Busan last week."),
            ("My aunt lives in incheon.", "My aunt lives in Incheon."),
        ])
    func koreanPlaces(text: String, expected: String) {
        let findings = Shipped.analyser.findings(in: text)
        #expect(findings.corrected(text) == expected)
        #expect(findings.allSatisfy { $0.ruleID != "spelling.dictionary" })
    }

    @Test(
        "a romanised Korean name after the person it names is no slip",
        arguments: ["my friend minji is coming", "I met my cousin jiwoo there.", "a girl named seoyeon"])
    func namesAfterAPerson(text: String) {
        #expect(Shipped.analyser(only: "spelling.dictionary").findings(in: text).isEmpty, "\(text)")
    }

    @Test("a misspelling after a person is still corrected when it is no Korean name")
    func misspellingAfterAPerson() {
        let text = "My friend realy likes it."
        #expect(
            Shipped.analyser(only: "spelling.dictionary").findings(in: text).corrected(text)
                == "My friend really likes it.")
    }

    @Test("the words of a web or email address are not checked")
    func addresses() {
        for text in ["my email is minji@example.com", "look at https://example.com/best-resturants"] {
            #expect(Shipped.analyser.findings(in: text).allSatisfy { $0.ruleID == "orthography.capital-i" }, "\(text)")
        }
    }

    @Test("in a message all in lower case, capitals are underlined but not taught")
    func lowerCaseMessage() {
        let findings = Shipped.analyser.findings(in: "i'm from seoul lol")
        #expect(Set(findings.map(\.ruleID)) == ["orthography.capital-i", "orthography.proper-noun"])
        #expect(findings.allSatisfy { $0.confidence < RankedFocusSelector().minimumConfidence })
    }

    @Test("in a message with a capital, a lower-case 'i' or name is taught")
    func messageWithCapitals() {
        let findings = Shipped.analyser.findings(in: "Yesterday i went to seoul.")
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.confidence >= RankedFocusSelector().minimumConfidence })
    }

    @Test(
        "a message opened by 'when I was ...' tells a past story: the next verb is taught its past, not -s",
        arguments: [
            ("When I was a kid, we lived in Mokpo.", "My uncle sell fish at the market.", "sell -> sold"),
            ("when i was young i played soccer", "my brother play with me", "play -> played"),
        ])
    func whenClauseSetsThePast(earlier: String, text: String, expected: String) {
        let changes = Shipped.analyser.findings(in: text, after: [earlier]).compactMap { finding in
            finding.ruleID == "tense.past-story" || finding.ruleID.hasPrefix("agreement.")
                ? "\(finding.original) -> \(finding.suggestions.first ?? "")" : nil
        }
        #expect(changes == [expected])
    }

    @Test(
        "a chat message with no comma after its 'when ... was' clause still puts the main verb in the past",
        arguments: [
            ("when i was a child i live in daegu", "live -> lived"),
            ("When we were students we study in the library.", "study -> studied"),
        ])
    func unpunctuatedTimeClause(text: String, expected: String) {
        let changes = Shipped.analyser.findings(in: text).compactMap { finding in
            finding.ruleID == "tense.past-clause" ? "\(finding.original) -> \(finding.suggestions.first ?? "")" : nil
        }
        #expect(changes == [expected])
    }

    @Test(
        "a time clause whose noun takes a relative clause is not read as ending before the pronoun",
        arguments: ["when i was with the people i like", "When I was there I think it rained."])
    func relativeClauseAfterTimeClause(text: String) {
        #expect(Shipped.analyser.findings(in: text).allSatisfy { $0.ruleID != "tense.past-clause" }, "\(text)")
    }

    @Test("the speaker's feeling before 'for' takes -ed in chat: 'i'm so exciting for the trip'")
    func feelingBeforeFor() {
        let changes = Shipped.analyser.findings(in: "i'm so exciting for the trip").compactMap { finding in
            finding.ruleID == "adjective.feeling-ed" ? finding.suggestions.first : nil
        }
        #expect(changes == ["excited"])
    }

    @Test(
        "'be' and a base verb with 'now' keep 'be' and take -ing; without it 'be' goes",
        arguments: [
            ("i'm study english now", "verb-form.be-progressive", "I'm studying"),
            ("I'm study English on weekends.", "verb-form.be-action-verb", "I study"),
        ])
    func beAndBaseVerb(text: String, ruleID: String, expected: String) {
        let changes = Shipped.analyser.findings(in: text).compactMap { finding in
            finding.ruleID.hasPrefix("verb-form.be-") ? "\(finding.ruleID) \(finding.suggestions.first ?? "")" : nil
        }
        #expect(changes == ["\(ruleID) \(expected)"])
    }
}
