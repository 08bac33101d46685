// A second opinion on a module after the deterministic checks: an LLM judge, say.

/// Reviews modules that passed `ModuleValidator`. The judge can only reject: a module it
/// turns down is rejected with the judge's reason in its report.
public protocol ModuleJudge: Sendable {
    /// Names the judge in reports, such as `llm-judge/1 (model)`.
    var identifier: String { get }

    /// The verdict on a validated module. Throws when no verdict could be had; the module
    /// then stands on the deterministic checks and its report notes that.
    func judge(_ module: TeachingModule) async throws -> JudgeVerdict
}

/// What a judge decided, and why.
public struct JudgeVerdict: Sendable, Hashable {
    public var approved: Bool
    /// Why the module was turned down (or what the judge noted).
    public var reason: String

    public init(approved: Bool, reason: String) {
        self.approved = approved
        self.reason = reason
    }
}

extension ModuleValidator.Check {
    /// The judge approved the module (or could not be asked: see the check's note).
    public static let judge = "judge.approved"
}
