// Groups a conversation's findings by underlying problem and ranks the groups.

/// Clusters findings (same rule or error type and pattern, similar text) and ranks the
/// clusters by expected teaching value: how often the learner made the error here × how often
/// the rule is right (its measured precision) × how common the error is for Korean learners ×
/// how much it matters (its severity).
public struct Clusterer: Sendable {
    /// How much a category is worth teaching, by ERRANT category, where `koreanErrorShare`
    /// has no figure; others count 1.
    public var teachability: [String: Double]
    /// Each rule's measured correction precision (`scripts/rule-stats`); a rule without a
    /// figure counts its findings' own confidence.
    public var rulePrecision: [String: Double]
    /// How common each ERRANT category is among Korean learners' errors, relative to the mean
    /// category (1 is average).
    public var koreanErrorShare: [String: Double]

    public init(
        teachability: [String: Double] = Clusterer.defaultTeachability, rulePrecision: [String: Double] = [:],
        koreanErrorShare: [String: Double] = [:]
    ) {
        self.teachability = teachability
        self.rulePrecision = rulePrecision
        self.koreanErrorShare = koreanErrorShare
    }

    public static let defaultTeachability: [String: Double] = [
        "DET": 1.5, "NOUN:NUM": 1.4, "VERB:SVA": 1.5, "VERB:TENSE": 1.5, "VERB:FORM": 1.4,
        "PREP": 1.3, "WO": 1.3, "ADJ:FORM": 1.2, "NOUN": 1.2, "ORTH": 0.8, "SPELL": 0.9,
        "OTHER": 1.0, "NOUN:INFL": 1.1, "PART": 1.1,
    ]

    /// The clusters of the analysed utterances, highest priority first. Findings in
    /// utterances with no letters are ignored.
    public func cluster(_ analysed: [AnalysedUtterance]) -> [Cluster] {
        var clustersByKey: [String: Cluster] = [:]
        var keyOrder: [String] = []
        for (utteranceIndex, item) in analysed.enumerated() where item.utterance.language != .none {
            for finding in item.findings {
                let key = Self.key(for: finding)
                let member = ClusterMember(utteranceIndex: utteranceIndex, finding: finding)
                if clustersByKey[key] == nil {
                    keyOrder.append(key)
                    clustersByKey[key] = Cluster(key: key, errorType: finding.errorType, members: [])
                }
                clustersByKey[key]?.members.append(member)
            }
        }
        let clusters = Self.mergingSameEdits(keyOrder.compactMap { clustersByKey[$0] }).map { cluster -> Cluster in
            var ranked = cluster
            ranked.priority = priority(of: cluster)
            return ranked
        }
        // Stable: equal priorities keep the order of first appearance.
        return clusters.enumerated()
            .sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }
            .map(\.element)
    }

    /// The key that puts findings of one problem together: the error type and the rule, and
    /// for rules whose every word is its own problem (spelling, vocabulary) the word too.
    /// Clusters of different rules with the same type and the same edit are then merged.
    public static func key(for finding: Finding) -> String {
        let edit = edit(of: finding)
        let perWord = finding.errorType.category == "SPELL" || finding.isSayItInEnglish
        if perWord || finding.ruleID.isEmpty {
            return "\(finding.errorType.rawValue)|\(edit)"
        }
        return "\(finding.errorType.rawValue)|\(finding.ruleID)"
    }

    /// Merges clusters of one error type that share an edit ("with → to" from two rules or
    /// two models is one problem), keeping the first cluster's key.
    static func mergingSameEdits(_ clusters: [Cluster]) -> [Cluster] {
        var merged: [Cluster] = []
        var edits: [Set<String>] = []
        for cluster in clusters {
            let clusterEdits = Set(cluster.members.map { edit(of: $0.finding) })
            if let index = merged.indices.first(where: {
                merged[$0].errorType == cluster.errorType && !edits[$0].isDisjoint(with: clusterEdits)
            }) {
                merged[index].members += cluster.members
                edits[index].formUnion(clusterEdits)
            } else {
                merged.append(cluster)
                edits.append(clusterEdits)
            }
        }
        return merged
    }

    private static func edit(of finding: Finding) -> String {
        "\(finding.original.lowercased())→\(finding.suggestions.first?.lowercased() ?? "")"
    }

    /// Expected teaching value: times seen here × how likely the rule is right × how common
    /// the error is for Korean learners × how much it matters (its severity's weight).
    func priority(of cluster: Cluster) -> Double {
        let count = Double(cluster.members.count)
        let precisions = cluster.members.map { rulePrecision[$0.finding.ruleID] ?? $0.finding.confidence }
        let precision = precisions.reduce(0, +) / max(count, 1)
        let severity = cluster.members.map(\.finding.severity.weight).reduce(0, +) / max(count, 1)
        let category = cluster.errorType.category
        let commonness = koreanErrorShare[category] ?? teachability[category] ?? 1
        return count * precision * commonness * severity
    }
}
