// Findings that share one underlying problem, with the priority used to pick what to teach.

/// One finding in a cluster, with the position of its utterance in the analysed list.
public struct ClusterMember: Sendable, Hashable {
    public var utteranceIndex: Int
    public var finding: Finding

    public init(utteranceIndex: Int, finding: Finding) {
        self.utteranceIndex = utteranceIndex
        self.finding = finding
    }
}

/// Findings of the same underlying problem: the same error type and pattern, similar text.
public struct Cluster: Sendable, Hashable {
    public var key: String
    public var errorType: ErrorType
    public var members: [ClusterMember]
    /// The ranking score: higher is taught first.
    public var priority: Double

    public init(key: String, errorType: ErrorType, members: [ClusterMember], priority: Double = 0) {
        self.key = key
        self.errorType = errorType
        self.members = members
        self.priority = priority
    }

    /// How many distinct utterances show the problem.
    public var utteranceCount: Int { Set(members.map(\.utteranceIndex)).count }
}

/// What a module records of the cluster it was chosen from.
public struct ClusterSummary: Codable, Sendable, Hashable {
    public var key: String
    /// How many findings the cluster had in the conversation.
    public var size: Int
    /// The module's place in its learner's ranking for the conversation, from 1: unique, in the
    /// order the modules were chosen (by expected teaching value, round after round).
    public var rank: Int

    public init(key: String, size: Int, rank: Int) {
        self.key = key
        self.size = size
        self.rank = rank
    }
}
