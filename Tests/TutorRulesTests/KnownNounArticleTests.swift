// determiner.known-noun reads the conversation: a noun introduced in the messages before comes back with "the".

import Testing
import TutorCore

@testable import TutorRules

@Suite("A noun mentioned before takes 'the'")
struct KnownNounArticleTests {
    private let rule = Shipped.analyser(only: "determiner.known-noun")

    @Test(
        "a noun introduced in an earlier message takes 'the' when it comes back bare as the subject",
        arguments: [
            (["I bought a new umbrella at the station."], "Umbrella was broken the next day.", "Umbrella"),
            (["How was the concert last night?"], "It was great. Concert was long, but fun.", "Concert"),
            (["My sister found a puppy near our school."], "It is so cute. Puppy was asleep on her bed.", "Puppy"),
        ])
    func earlierMessageIntroducesTheNoun(earlier: [String], text: String, original: String) {
        let findings = rule.findings(in: text, after: earlier)
        #expect(findings.map(\.original) == [original], "\(text)")
        #expect(findings.first?.suggestions.first?.lowercased() == "the " + original.lowercased(), "\(text)")
    }

    @Test(
        "no introduction, a plural, a name or a determiner of its own: left alone",
        arguments: [
            (["I like my job."], "Umbrella was broken the next day."),
            (["I am a nurse."], "Nurse shifts are long."),
            (["We visited a museum in Seoul."], "Museums are quiet on Mondays."),
            (["I bought a new umbrella."], "My umbrella was broken the next day."),
            (["We watched a film about Jeju."], "Jeju is beautiful in spring."),
        ])
    func leftAlone(earlier: [String], text: String) {
        #expect(rule.findings(in: text, after: earlier).isEmpty, "\(text)")
    }

    @Test("with no earlier messages, a bare subject noun is not read")
    func noConversation() {
        #expect(rule.findings(in: "Umbrella was broken the next day.").isEmpty)
    }
}
