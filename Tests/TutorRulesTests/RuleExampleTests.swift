// Every rule's own examples, run as tests: what it must flag and what it must leave alone.

import Foundation
import Testing
import TutorCore

@testable import TutorRules

/// The shipped resources, loaded once for every test in this target.
enum Shipped {
    static let resources: RuleResources = {
        do { return try RuleResources.load() } catch { fatalError("cannot load the analyser's resources: \(error)") }
    }()

    static let analyser: BuiltinAnalyser = {
        do { return try BuiltinAnalyser(resources: resources) } catch {
            fatalError("cannot build the analyser: \(error)")
        }
    }()

    static var ruleIDs: [String] { resources.rules.map(\.id) }

    static func rule(_ id: String) -> RuleDefinition? { resources.rules.first { $0.id == id } }

    static func analyser(only id: String) -> BuiltinAnalyser {
        do { return try BuiltinAnalyser(resources: resources, onlyRules: [id]) } catch { fatalError("\(error)") }
    }
}

@Suite("Rule examples")
struct RuleExampleTests {
    @Test("each rule flags its own examples and gives the expected correction", arguments: Shipped.ruleIDs)
    func flagsItsExamples(ruleID: String) throws {
        let rule = try #require(Shipped.rule(ruleID))
        let analyser = Shipped.analyser(only: ruleID)
        #expect(!rule.examples.flag.isEmpty, "every rule needs examples it must flag")
        for example in rule.flagExamples {
            let findings = analyser.findings(in: example.text)
            #expect(findings.contains { $0.ruleID == ruleID }, "\(ruleID) missed: \(example.text)")
            #expect(findings.corrected(example.text) == example.corrected, "\(ruleID) on: \(example.text)")
            for finding in findings {
                // A match handed to another rule's text (`Match.explainedBy`: "this jeans is" →
                // "these jeans are", whose "are" agreement.subject-head explains) has that rule's type.
                let explaining = finding.ruleID == ruleID ? rule : try #require(Shipped.rule(finding.ruleID))
                #expect(finding.errorType == explaining.errorType)
                #expect(finding.errorType.isWellFormed)
                #expect(!finding.message.en.contains("{") && !finding.message.ko.contains("{"))
            }
        }
    }

    @Test("each rule leaves its must-not-flag examples alone", arguments: Shipped.ruleIDs)
    func passesItsExamples(ruleID: String) throws {
        let rule = try #require(Shipped.rule(ruleID))
        #expect(!rule.examples.pass.isEmpty, "every rule needs examples it must not flag")
        let analyser = Shipped.analyser(only: ruleID)
        for example in rule.examples.pass {
            let findings = analyser.findings(in: example)
            #expect(findings.isEmpty, "\(ruleID) flagged '\(example)': \(findings.map(\.original))")
        }
    }

    @Test("the whole analyser corrects each flag example of every rule the same way", arguments: Shipped.ruleIDs)
    func wholeAnalyserAgrees(ruleID: String) throws {
        let rule = try #require(Shipped.rule(ruleID))
        guard rule.isEnabled else { return }
        for example in rule.flagExamples {
            #expect(
                Shipped.analyser.findings(in: example.text).corrected(example.text) == example.corrected,
                "\(example.text)")
        }
    }

    @Test("rule ids are unique and every rule has a label, message and sane confidence")
    func ruleMetadata() {
        let ids = Shipped.ruleIDs
        #expect(Set(ids).count == ids.count)
        for rule in Shipped.resources.rules {
            #expect(!rule.label.en.isEmpty && !rule.label.ko.isEmpty, "\(rule.id)")
            #expect(!rule.message.en.isEmpty && !rule.message.ko.isEmpty, "\(rule.id)")
            #expect(rule.confidence > 0 && rule.confidence <= 1, "\(rule.id)")
            #expect(rule.errorType.isWellFormed, "\(rule.id)")
        }
    }
}

@Suite("Data-driven rules")
struct DataDrivenRuleTests {
    @Test("every Konglish entry is flagged and replaced by its English")
    func konglishEntries() {
        let analyser = Shipped.analyser(only: "konglish.expression")
        #expect(Shipped.resources.konglish.count >= 15)
        for entry in Shipped.resources.konglish {
            let phrase = entry.words.joined(separator: " ")
            let text = entry.standaloneOnly ? phrase.capitalizedFirst + "!" : "I think the \(phrase) was there."
            let findings = analyser.findings(in: text)
            #expect(findings.first?.suggestions.first?.lowercased() == entry.english.lowercased(), "\(phrase)")
        }
    }

    @Test("every glossary entry is found in Korean and in a mixed sentence")
    func glossaryEntries() {
        let analyser = Shipped.analyser(only: "say-it-in-english.glossary")
        #expect(Shipped.resources.glossary.entries.count >= 150)
        for entry in Shipped.resources.glossary.entries {
            let findings = analyser.findings(in: "I think \(entry.korean) is nice")
            #expect(findings.map(\.suggestions.first) == [entry.english], "\(entry.korean)")
            #expect(entry.example.contains(entry.english), "the example of \(entry.korean) must use '\(entry.english)'")
        }
    }

    @Test("glossary families have enough different words for distractors")
    func glossaryFamilies() {
        let families = Dictionary(grouping: Shipped.resources.glossary.entries, by: \.family)
        for (family, entries) in families {
            #expect(Set(entries.map { $0.english.lowercased() }).count >= 3, "family \(family)")
        }
    }
}

@Suite("Correct English")
struct CorrectEnglishTests {
    @Test("the shipped file of correct English sentences gets no findings")
    func noFalseAlarms() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../examples/correct-english.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter {
            !$0.isEmpty && !$0.hasPrefix("#")
        }
        #expect(lines.count >= 200)
        for line in lines {
            let findings = Shipped.analyser.findings(in: line)
            #expect(
                findings.isEmpty,
                "flagged '\(line)': \(findings.map { "\($0.ruleID): \($0.original) → \($0.suggestions.first ?? "")" })")
        }
    }
}
