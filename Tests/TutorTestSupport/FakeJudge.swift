// A judge that turns down modules about chosen words, or fails to answer at all.

import TutorCore

/// Rejects modules whose focus is one of `rejectedWords`; throws when `failing`.
public final class FakeJudge: ModuleJudge {
    public let identifier = "fake-judge"
    public let rejectedWords: Set<String>
    public let failing: Bool
    private let judgedIDs = Locked<[String]>([])

    public init(rejectedWords: Set<String> = [], failing: Bool = false) {
        self.rejectedWords = rejectedWords
        self.failing = failing
    }

    /// Ids of every module it was asked about.
    public var judged: [String] { judgedIDs.withLock { $0 } }

    public func judge(_ module: TeachingModule) async throws -> JudgeVerdict {
        judgedIDs.withLock { $0.append(module.id) }
        if failing { throw FakeFailure() }
        let rejected = rejectedWords.contains(module.focus.original)
        return JudgeVerdict(approved: !rejected, reason: rejected ? "the explanation is wrong" : "fine")
    }
}
