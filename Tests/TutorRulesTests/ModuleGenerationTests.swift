// The template generator: every rule's example becomes a module that passes validation.

import Foundation
import Testing
import TutorCore
import TutorTestSupport
@testable import TutorRules

@Suite("Template modules")
struct ModuleGenerationTests {
    static let generator = TemplateModuleGenerator(resources: Shipped.resources)
    static let validator = ModuleValidator(recheck: { Shipped.analyser.findings(in: $0) })
    static let schema: JSONSchemaValidator = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/module.schema.json")
        do { return try JSONSchemaValidator(schemaData: Data(contentsOf: url)) } catch { fatalError("\(error)") }
    }()

    static func candidate(for text: String, context: [ContextMessage] = []) -> TeachingCandidate? {
        let utterance = Utterance(conversationID: "c", learner: .learnerA, messageIndex: 3, rawText: text, context: context)
        let findings = Shipped.analyser.findings(in: utterance.text)
        guard let focus = findings.first else { return nil }
        return TeachingCandidate(utterance: utterance, focus: focus, otherFindings: Array(findings.dropFirst()),
            cluster: ClusterSummary(key: Clusterer.key(for: focus), size: 1, rank: 1))
    }

    @Test("each rule's flag examples make a valid module that matches the JSON Schema", arguments: Shipped.ruleIDs)
    func examplesMakeValidModules(ruleID: String) async throws {
        let rule = try #require(Shipped.rule(ruleID))
        guard rule.isEnabled else { return }
        for example in rule.flagExamples {
            let candidate = try #require(Self.candidate(for: example.text, context: [ContextMessage(speaker: .interviewer, text: "Tell me more.")]))
            let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
            let report = Self.validator.validate(module)
            #expect(report.passed, "\(example.text): \(report.failures.map { "\($0.name): \($0.reason ?? "")" })")
            #expect(module.problems.count >= 2)
            #expect(Set(module.problems.map(\.kind)).count >= 2)
            #expect(module.utterance.context.map(\.text) == ["Tell me more."])
            #expect(try Self.schema.problems(in: module.jsonData()) == [])
        }
    }

    @Test("a fill-in problem blanks what the learner must supply")
    func fillInBlank() async throws {
        let candidate = try #require(Self.candidate(for: "She go to the park every day."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        let fill = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(fill.text == "She ___ to the park every day.")
        #expect(fill.answer == "goes")
        let choice = try #require(module.problems.first { $0.kind == .multipleChoice })
        #expect(Set(choice.choices ?? []) == ["goes", "go", "going"])
    }

    @Test("a Korean word in an English sentence becomes a say-it-in-English module")
    func sayItInEnglish() async throws {
        let candidate = try #require(Self.candidate(for: "I went to 학교 by bus."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.kind == .sayItInEnglish)
        #expect(module.correctedSentence == "I went to school by bus.")
        #expect(Self.validator.validate(module).passed, "\(Self.validator.validate(module).failures)")
    }

    @Test("module ids are stable for the same utterance and focus")
    func stableIDs() async throws {
        let candidate = try #require(Self.candidate(for: "He don't know."))
        let first = try await Self.generator.generateModule(for: candidate, analyser: "test")
        let second = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(first.id == second.id)
        #expect(first == second)
    }
}
