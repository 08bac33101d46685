// The interface of module generators: the built-in templates, an LLM, a test fake.

/// Writes the teaching module for one candidate.
public protocol ModuleGenerator: Sendable {
    /// Names the generator in a module's provenance, such as `builtin-templates/1`.
    var identifier: String { get }

    /// The module for the candidate. Throws `ModuleGenerationError` when no module can be made.
    func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule
}

/// Why a generator made no module.
public struct ModuleGenerationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { reason }
}
