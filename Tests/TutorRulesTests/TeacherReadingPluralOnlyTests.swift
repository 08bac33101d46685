// A teacher's finding on agreement.subject-head: "My new clothes is" was taught only as the head
// noun against the nearest noun; the module now says first that 'clothes' is always plural.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read: plural-only subjects")
struct TeacherReadingPluralOnlyTests {
    @Test("a plural-only subject's module says the noun is always plural, in English and Korean")
    func pluralOnlyModule() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "Her jeans is on the chair."))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.correction == "are")
        #expect(module.explanation.en.hasPrefix("'Jeans' is always plural in English"))
        #expect(module.explanation.ko.hasPrefix("'jeans'는"))
    }

    @Test("a subject whose head is an ordinary plural keeps the rule's own text first")
    func ordinaryPluralModule() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "The cups in the kitchen is clean."))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.explanation.en.hasPrefix("A verb agrees with the main noun"))
    }
}
