// Every rule files its findings under a known grammar topic, named in English and Korean (issue 17, item 6).

import Testing
import TutorCore

@testable import TutorRules

@Suite("Rule categories")
struct RuleCategoryTests {
    @Test("every rule names a topic the summary knows, with an English and a Korean name")
    func everyRuleHasAKnownTopic() {
        let unknown = Shipped.resources.rules.filter { rule in
            guard let key = rule.category, let name = ErrorTopic.name(forKey: key) else { return true }
            return name.en.isEmpty || name.ko.isEmpty
        }.map { "\($0.id): \($0.category ?? "none")" }
        #expect(unknown.isEmpty, "rules with no known category: \(unknown)")
    }

    @Test("a key no topic has is not known (the check above can fail)")
    func unknownKey() {
        #expect(ErrorTopic.name(forKey: "adjective-comparatives-typo") == nil)
    }

    @Test(
        "rules about one thing share one row; different things do not",
        arguments: [
            (["adjective.feeling-ed", "adjective.feeling-ing", "adjective.feeling-verb"], "-ed and -ing adjectives"),
            (
                ["noun-number.after-quantity", "noun-number.one-of", "noun-number.some-all"],
                "Singular, plural and uncountable nouns"
            ),
            (["agreement.there-has", "agreement.there-are-a", "agreement.third-person"], "Subject–verb agreement"),
            (["comparative.double", "comparative.short-adjective"], "Comparatives and superlatives"),
            (["orthography.every-day", "confusion.their-there"], "Words that are easy to mix up"),
        ])
    func sharedRows(ruleIDs: [String], english: String) throws {
        for id in ruleIDs {
            let rule = try #require(Shipped.rule(id))
            #expect(rule.category.flatMap(ErrorTopic.name(forKey:))?.en == english, "\(id)")
        }
    }

    @Test("an -ed/-ing adjective is not a comparative, and 'every day' is not capitals")
    func distinctRows() throws {
        let feeling = try #require(Shipped.rule("adjective.feeling-ing")).category
        let comparative = try #require(Shipped.rule("comparative.short-adjective")).category
        #expect(feeling != comparative)
        let everyDay = try #require(Shipped.rule("orthography.every-day")).category
        let capitalI = try #require(Shipped.rule("orthography.capital-i")).category
        #expect(everyDay != capitalI)
    }

    @Test("a rule's finding carries its rule's category; the summary row is the topic's name")
    func findingCarriesCategory() throws {
        let example = try #require(Shipped.rule("adjective.feeling-ing")?.flagExamples.first)
        let findings = Shipped.analyser(only: "adjective.feeling-ing").findings(in: example.text)
        let finding = try #require(findings.first)
        #expect(finding.categoryKey == "ed-ing-adjectives")
        #expect(finding.category == LocalizedText(en: "-ed and -ing adjectives", ko: "-ed와 -ing 형용사"))
        #expect(finding.topic != finding.category, "the module keeps its rule's own title")
    }
}
