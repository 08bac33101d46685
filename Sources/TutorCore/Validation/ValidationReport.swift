// The outcome of validating one module: every check by name, and why any failed.

/// What one validation check concluded.
public struct ValidationCheckResult: Codable, Sendable, Hashable {
    public var name: String
    public var passed: Bool
    /// Why the check failed; for a check that passed, nil or a note (a judge that could not answer).
    public var reason: String?

    public init(name: String, passed: Bool, reason: String? = nil) {
        self.name = name
        self.passed = passed
        self.reason = reason
    }
}

/// The validation report of a module: it is shown to a learner only when every check passed.
public struct ValidationReport: Codable, Sendable, Hashable {
    public var moduleID: String
    public var checks: [ValidationCheckResult]

    public init(moduleID: String, checks: [ValidationCheckResult]) {
        self.moduleID = moduleID
        self.checks = checks
    }

    public var passed: Bool { checks.allSatisfy(\.passed) }

    /// The checks that failed.
    public var failures: [ValidationCheckResult] { checks.filter { !$0.passed } }

    /// A report for a module that could not be generated at all.
    public static func generationFailed(moduleID: String, reason: String) -> ValidationReport {
        ValidationReport(
            moduleID: moduleID, checks: [ValidationCheckResult(name: "generation", passed: false, reason: reason)])
    }
}
