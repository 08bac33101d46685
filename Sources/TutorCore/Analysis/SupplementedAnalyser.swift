// A model's analysis with what the built-in rules see added where the model saw nothing.

/// Runs a primary analyser (a model) and adds the findings of a second one (the built-in
/// rules) that overlap none of the primary's, so a module's key fixes every error either of
/// them sees and the validator, which re-reads keys with the rules, does not refuse it for an
/// error the model missed. A failure of the primary is the primary's (the engine's fallback
/// takes over); a failure of the supplement only leaves its findings out.
public struct SupplementedAnalyser: Analyser {
    public let primary: any Analyser
    public let supplement: any Analyser

    public init(primary: any Analyser, supplement: any Analyser) {
        self.primary = primary
        self.supplement = supplement
    }

    public var identifier: String { primary.identifier }

    public func analyse(_ batch: Batch) async throws -> [AnalysedUtterance] {
        let main = try await primary.analyse(batch)
        let extra = (try? await supplement.analyse(batch)) ?? []
        let extraByMessage = Dictionary(
            extra.map { ($0.utterance.messageIndex, $0.findings) }, uniquingKeysWith: { first, _ in first })
        return main.map { item in
            let added = (extraByMessage[item.utterance.messageIndex] ?? []).filter { finding in
                !item.findings.contains { $0.span.overlaps(finding.span) || $0.span == finding.span }
            }
            guard !added.isEmpty else { return item }
            return AnalysedUtterance(
                utterance: item.utterance, findings: (item.findings + added).sorted { $0.span < $1.span })
        }
    }
}
