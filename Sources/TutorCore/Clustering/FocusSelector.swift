// Chooses which utterances become modules, and the focus each module teaches.

/// An utterance chosen for a module, with the finding the module teaches.
public struct TeachingCandidate: Sendable, Hashable {
    public var utterance: Utterance
    /// The problem the module teaches.
    public var focus: Finding
    /// The utterance's other findings, applied to give the fully corrected sentence.
    public var otherFindings: [Finding]
    public var cluster: ClusterSummary

    public init(utterance: Utterance, focus: Finding, otherFindings: [Finding], cluster: ClusterSummary) {
        self.utterance = utterance
        self.focus = focus
        self.otherFindings = otherFindings
        self.cluster = cluster
    }

    /// The utterance with every finding corrected.
    public var correctedText: String {
        ([focus] + otherFindings).corrected(utterance.text)
    }
}

/// Picks the candidates to teach from ranked clusters.
public protocol FocusSelector: Sendable {
    func selectCandidates(
        from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int
    ) async throws -> [TeachingCandidate]
}

/// The built-in selection: clusters in rank order, one utterance per cluster before a
/// second from the same; one module per utterance; English utterances are taught their
/// errors and Korean or mixed ones how to say them in English.
public struct RankedFocusSelector: FocusSelector {
    /// Findings less sure than this are never taught.
    public var minimumConfidence: Double

    public init(minimumConfidence: Double = 0.5) {
        self.minimumConfidence = minimumConfidence
    }

    public func selectCandidates(
        from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int
    ) async throws -> [TeachingCandidate] {
        let queues = clusters.map { cluster in
            cluster.members
                .filter { isTeachable($0, in: analysed) }
                // The surest finding first; among equals the shortest utterance, whose key leaves
                // the least room for errors no rule sees and reads most clearly; then the earliest.
                .sorted {
                    ($0.finding.confidence, -wordCount(analysed[$0.utteranceIndex]), -$0.utteranceIndex)
                        > ($1.finding.confidence, -wordCount(analysed[$1.utteranceIndex]), -$1.utteranceIndex)
                }
        }
        var taken = Set<Int>()
        var used = Array(repeating: Set<Int>(), count: queues.count)
        var taught = Set<[String]>()
        var allowsRepeats = false
        var candidates: [TeachingCandidate] = []
        // One utterance per cluster on each pass, so every cluster is taught once before any
        // is taught twice; an utterance another cluster already took is skipped. The same
        // lesson again (same rule, same word, same correction: "korean" → "Korean" in two
        // messages) waits until no other member of any cluster is left.
        while candidates.count < limit {
            var tookOne = false
            for rank in queues.indices where candidates.count < limit {
                let queue = queues[rank]
                guard
                    let position = queue.indices.first(where: {
                        !used[rank].contains($0) && !taken.contains(queue[$0].utteranceIndex)
                            && (allowsRepeats || !taught.contains(Self.lesson(of: queue[$0].finding)))
                    })
                else { continue }
                let member = queue[position]
                used[rank].insert(position)
                taken.insert(member.utteranceIndex)
                taught.insert(Self.lesson(of: member.finding))
                tookOne = true
                let item = analysed[member.utteranceIndex]
                candidates.append(
                    TeachingCandidate(
                        utterance: item.utterance,
                        focus: member.finding,
                        otherFindings: item.findings.filter { $0 != member.finding },
                        cluster: ClusterSummary(
                            key: clusters[rank].key, size: clusters[rank].members.count, rank: rank + 1)))
            }
            if !tookOne {
                if allowsRepeats { break }
                allowsRepeats = true
            }
        }
        return candidates
    }

    /// What a module on the finding teaches: its rule, word and correction.
    private static func lesson(of finding: Finding) -> [String] {
        [finding.ruleID, finding.original.lowercased(), finding.suggestions.first?.lowercased() ?? ""]
    }

    private func wordCount(_ item: AnalysedUtterance) -> Int {
        item.utterance.text.split(whereSeparator: \.isWhitespace).count
    }

    private func isTeachable(_ member: ClusterMember, in analysed: [AnalysedUtterance]) -> Bool {
        let finding = member.finding
        guard finding.confidence >= minimumConfidence, !finding.suggestions.isEmpty else { return false }
        switch analysed[member.utteranceIndex].utterance.language {
        case .english: return !finding.isSayItInEnglish
        case .korean: return finding.isSayItInEnglish
        case .mixed: return true
        case .none: return false
        }
    }
}
