// Teaching defect read in audit 33: "Maybe I will ___ hiking (going)" took only "go", though
// "be going" is right too and the module's own tip teaches "I will be going".

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, audit 33")
struct TeacherReadingAudit33Tests {
    @Test("an -ing verb after a modal: 'go' first, and 'be going' is as right")
    func modalWithIng() {
        let findings = Shipped.analyser(only: "verb-form.after-modal").findings(in: "Maybe I will going hiking.")
        #expect(findings.first?.suggestions == ["go", "be going"], "\(findings.map(\.suggestions))")
        let third = Shipped.analyser(only: "verb-form.after-modal").findings(in: "She can speaks three languages.")
        #expect(third.first?.suggestions == ["speak"], "\(third.map(\.suggestions))")
    }

    @Test("the fill-in takes the whole other suggestion ('be going'), never a part of it ('be')")
    func fillInTakesWholeSuggestion() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "Maybe I will going hiking with my dad."))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(fillIn.answer == "go")
        #expect(fillIn.alternatives == ["be going"], "\(fillIn.alternatives ?? [])")
        let rewrite = try #require(module.problems.first { $0.kind == .rewrite })
        #expect(rewrite.alternatives == ["Maybe I will be going hiking with my dad."], "\(rewrite.alternatives ?? [])")
    }
}
