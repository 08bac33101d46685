// templates.json is read when the templates are first needed, not as the analyser starts; a
// malformed one gives the same error wherever they are needed.

import Foundation
import Testing
import TutorCore

@testable import TutorRules

@Suite("Template loading")
struct TemplateSourceTests {
    @Test("a malformed templates.json leaves checking alone and gives its error wherever templates are needed")
    func malformedTemplatesFailWhenNeeded() async throws {
        let directory = try Self.resourcesWithCutTemplates()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Loading the resources and checking text never read the file.
        let resources = try RuleResources.load(from: directory)
        let analyser = try BuiltinAnalyser(resources: resources)
        #expect(!analyser.findings(in: "She go to school.").isEmpty)

        let error = try #require(Self.error { _ = try resources.templates() })
        #expect(error.hasPrefix("the analyser's data file templates.json is malformed: "))
        #expect(Self.error { _ = try resources.templates() } == error, "asked again, the same error")
        #expect(Self.error { _ = try RuleTeachingIndex(resources: resources) } == error)
        let candidate = try #require(ModuleGenerationTests.candidate(for: "She go to school."))
        var generatorError: String?
        do {
            _ = try await TemplateModuleGenerator(analyser: analyser).generateModule(for: candidate, analyser: "test")
        } catch {
            generatorError = "\(error)"
        }
        #expect(generatorError == error)
    }

    /// A folder of the shipped resources (linked) with a templates.json cut short.
    private static func resourcesWithCutTemplates() throws -> URL {
        let files = FileManager.default
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/TutorRules/Resources").standardizedFileURL
        let directory = files.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try files.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: shipped.path) where name != "templates.json" {
            try files.createSymbolicLink(
                at: directory.appendingPathComponent(name), withDestinationURL: shipped.appendingPathComponent(name))
        }
        try Data(#"{"version": 1, "rules": {"#.utf8).write(to: directory.appendingPathComponent("templates.json"))
        return directory
    }

    /// What `body` throws, as a user would read it; nil when it does not throw.
    private static func error(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }
}
