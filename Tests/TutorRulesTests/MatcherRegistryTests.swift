// The matcher registry against rules.json and the source tree: every rule's matcher is there,
// every registered matcher is used, and each names the type it builds and the file that holds it.

import Foundation
import Testing

@testable import TutorRules

@Suite("Matcher registry")
struct MatcherRegistryTests {
    /// Sources/TutorRules, found from this file's path (Tests/TutorRulesTests/...).
    private static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TutorRules")

    @Test("every rule in rules.json names a registered matcher")
    func everyRuleResolves() {
        let unknown = Shipped.resources.rules.filter { MatcherRegistry.kinds[$0.matcher] == nil }.map {
            "\($0.id): \($0.matcher)"
        }
        #expect(unknown.isEmpty, "rules naming no registered matcher: \(unknown)")
    }

    @Test("every registered matcher is used by at least one rule")
    func everyMatcherIsUsed() {
        let used = Set(Shipped.resources.rules.map(\.matcher))
        let unused = MatcherRegistry.kinds.keys.filter { !used.contains($0) }.sorted()
        #expect(unused.isEmpty, "registered matchers no rule names: \(unused)")
    }

    @Test("each rule's matcher is of the type its registry entry names", arguments: Shipped.ruleIDs)
    func builtTypeIsTheNamedType(ruleID: String) throws {
        let rule = try #require(Shipped.rule(ruleID))
        let kind = try #require(MatcherRegistry.kinds[rule.matcher])
        let matcher = try #require(
            try MatcherRegistry.matcher(for: rule, resources: Shipped.resources, spellChecking: true))
        #expect(
            ObjectIdentifier(type(of: matcher)) == ObjectIdentifier(kind.type),
            "\(ruleID) built \(type(of: matcher)), registered \(kind.type)")
    }

    @Test("each registered type lives in a file named after it")
    func typesHaveTheirOwnFiles() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { ($0 as? URL)?.lastPathComponent }
        let missing = Set(MatcherRegistry.kinds.values.map { "\($0.type).swift" }).subtracting(files).sorted()
        #expect(missing.isEmpty, "no file named after: \(missing)")
    }

    @Test("a spelling-based matcher is left out when spell checking is off, others are not")
    func spellCheckingGatesSpellingKinds() throws {
        for rule in Shipped.resources.rules {
            let kind = try #require(MatcherRegistry.kinds[rule.matcher])
            let matcher = try MatcherRegistry.matcher(for: rule, resources: Shipped.resources, spellChecking: false)
            #expect((matcher == nil) == kind.needsSpellChecking, "\(rule.id)")
        }
    }

    @Test("a rule naming an unknown matcher is refused with its id")
    func unknownMatcherIsRefused() throws {
        var rule = try #require(Shipped.resources.rules.first)
        rule.matcher = "no-such-matcher"
        let error = #expect(throws: RuleDataError.self) {
            try MatcherRegistry.matcher(for: rule, resources: Shipped.resources, spellChecking: true)
        }
        #expect(error?.description.contains("rule \(rule.id) names unknown matcher 'no-such-matcher'") == true)
    }
}
