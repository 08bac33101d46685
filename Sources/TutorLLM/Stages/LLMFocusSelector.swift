// The LLM focus selection: the model picks what to teach, separately for English and Korean.

import Foundation
import TutorCore

/// Chooses the candidates to teach with the model's judgement. The built-in ranking makes
/// the pool (teachable findings, one per utterance, in rank order); the model picks from
/// it, once for English utterances and once for Korean or mixed ones, both at the same
/// time. A side whose answer picks nothing valid, or whose request fails while the other
/// side's works, keeps the built-in order. When every request fails (the server is down,
/// or the circuit is open) the selection throws, and the engine's fallback selector
/// chooses offline and says so in the modules' reports.
public struct LLMFocusSelector: FocusSelector {
    public let identifier: String
    let client: LLMClient
    let prompt: Prompt
    let ranked: RankedFocusSelector
    /// At most this many candidates per side go into a prompt.
    let poolLimit = 16

    public init(client: LLMClient, prompts: PromptLibrary, ranked: RankedFocusSelector = RankedFocusSelector()) {
        self.client = client
        self.prompt = prompts.focus
        self.ranked = ranked
        identifier = "llm/\(prompts.focus.identifier) (\(client.endpoint.model))"
    }

    static let stage = "focus"

    struct Answer: Decodable {
        struct Choice: Decodable {
            var id: Int?
        }

        var choices: [Choice]
    }

    private struct Input: Encodable {
        struct Item: Encodable {
            var id: Int
            var sentence: String
            var problem: String
            var errorType: String
            var timesSeen: Int
        }

        var candidates: [Item]
        var limit: Int
    }

    public func selectCandidates(from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int) async throws
        -> [TeachingCandidate]
    {
        guard limit > 0 else { return [] }
        let pool = try await ranked.selectCandidates(
            from: clusters, analysed: analysed, limit: max(limit, analysed.count))
        let english = Array(pool.filter { $0.utterance.language == .english }.prefix(poolLimit))
        let korean = Array(pool.filter { $0.utterance.language != .english }.prefix(poolLimit))
        async let englishPicks = choose(from: english, limit: limit)
        async let koreanPicks = choose(from: korean, limit: limit)
        let answers = await [englishPicks, koreanPicks]
        let failures = answers.compactMap(\.failure)
        if !failures.isEmpty, failures.count == answers.filter(\.asked).count {
            throw FocusSelectionFailure(selector: identifier, error: failures[0])
        }
        let sides = answers.map(\.picks)
        // Alternate between the sides, starting with the one whose first pick ranks higher.
        let rank = { (candidate: TeachingCandidate) in pool.firstIndex(of: candidate) ?? .max }
        let ordered = sides.sorted { ($0.first.map(rank) ?? .max) < ($1.first.map(rank) ?? .max) }
        var merged: [TeachingCandidate] = []
        for index in 0..<(ordered.map(\.count).max() ?? 0) {
            for side in ordered where index < side.count && merged.count < limit {
                merged.append(side[index])
            }
        }
        return merged
    }

    /// What the model made of one side's pool.
    private struct SideAnswer {
        var picks: [TeachingCandidate]
        /// A request was sent (a pool of one needs no choosing).
        var asked = true
        /// The request failed (the picks are then the pool's own order).
        var failure: LLMError?
    }

    /// The model's picks from one side's pool, or the pool's own order if that fails.
    private func choose(from pool: [TeachingCandidate], limit: Int) async -> SideAnswer {
        let inOrder = Array(pool.prefix(limit))
        // With one candidate there is nothing to choose.
        guard pool.count > 1 else { return SideAnswer(picks: pool, asked: false) }
        let input = Input(
            candidates: pool.enumerated().map { index, candidate in
                let correction = candidate.focus.suggestions.first ?? ""
                return Input.Item(
                    id: index + 1, sentence: candidate.utterance.text,
                    problem: "\(candidate.focus.original) → \(correction.isEmpty ? "(delete)" : correction)",
                    errorType: candidate.focus.errorType.rawValue, timesSeen: candidate.cluster.size)
            },
            limit: min(limit, pool.count))
        guard let text = try? LLMAnalyser.json(input) else { return SideAnswer(picks: inOrder, asked: false) }
        let request = ChatRequest(
            messages: [.system(prompt.instructions), .user(text)], stage: Self.stage, schema: prompt.schema,
            schemaName: "choices",
            maximumTokens: 600, temperature: 0)
        let answer: Answer
        do {
            answer = try await client.completeJSON(request, as: Answer.self)
        } catch {
            return SideAnswer(picks: inOrder, failure: error)
        }
        let (picked, dropped) = Self.picks(from: answer, pool: pool, limit: limit)
        client.meter.recordDropped(stage: Self.stage, count: dropped)
        return SideAnswer(picks: picked.isEmpty ? inOrder : picked)
    }

    /// The candidates the answer picks from `pool` (1-based ids, each once, at most `limit`),
    /// and how many of its choices were not usable.
    static func picks(from answer: Answer, pool: [TeachingCandidate], limit: Int) -> (
        picks: [TeachingCandidate], dropped: Int
    ) {
        var picked: [TeachingCandidate] = []
        var seen = Set<Int>()
        var dropped = 0
        for choice in answer.choices {
            guard let id = choice.id, pool.indices.contains(id - 1), seen.insert(id).inserted, picked.count < limit
            else {
                dropped += 1
                continue
            }
            picked.append(pool[id - 1])
        }
        return (picked, dropped)
    }
}

/// Every request of a focus selection failed.
public struct FocusSelectionFailure: Error, Sendable, CustomStringConvertible {
    public var selector: String
    public var error: LLMError
    public var description: String { "\(selector): \(error)" }
}
