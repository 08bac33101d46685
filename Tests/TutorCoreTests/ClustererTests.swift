// Clustering by underlying problem, ranking, and the choice of what to teach.

import Testing
import TutorCore

private func finding(
    _ rule: String, _ type: ErrorType, _ original: String, _ correction: String, at start: Int = 0,
    severity: Severity = .medium, confidence: Double = 0.9
) -> Finding {
    Finding(
        span: TextSpan(start: start, end: start + original.unicodeScalars.count), original: original,
        suggestions: [correction],
        errorType: type, ruleID: rule, message: LocalizedText(en: "m", ko: "m"), severity: severity,
        confidence: confidence)
}

private func analysed(_ index: Int, _ text: String, _ findings: [Finding], language: Language = .english)
    -> AnalysedUtterance
{
    AnalysedUtterance(
        utterance: Utterance(
            conversationID: "c", learner: .learnerA, messageIndex: index, text: text, language: language, context: []),
        findings: findings)
}

@Suite("Clustering and selection")
struct ClustererTests {
    @Test("findings of one rule form one cluster; spelling clusters per word")
    func clusterKeys() {
        let items = [
            analysed(0, "she go", [finding("sva", "R:VERB:SVA", "go", "goes", at: 4)]),
            analysed(1, "he like it", [finding("sva", "R:VERB:SVA", "like", "likes", at: 3)]),
            analysed(
                2, "recieve freind",
                [
                    finding("spell", "R:SPELL", "recieve", "receive"),
                    finding("spell", "R:SPELL", "freind", "friend", at: 8),
                ]),
            analysed(3, "recieve", [finding("spell", "R:SPELL", "recieve", "receive")]),
        ]
        let clusters = Clusterer().cluster(items)
        #expect(clusters.count == 3)
        #expect(clusters.first { $0.errorType == "R:VERB:SVA" }?.members.count == 2)
        #expect(clusters.filter { $0.errorType == "R:SPELL" }.map(\.members.count).sorted() == [1, 2])
    }

    @Test("the same edit from different rules of one type is one problem")
    func sameEditSameCluster() {
        let items = [
            analysed(0, "a", [finding("model-1", "R:PREP", "with", "to")]),
            analysed(1, "b", [finding("model-2", "R:PREP", "with", "to")]),
        ]
        #expect(Clusterer.key(for: items[0].findings[0]) != Clusterer.key(for: items[1].findings[0]))
        let clusters = Clusterer().cluster(items)
        #expect(clusters.count == 1)
        #expect(clusters.first?.members.count == 2)
    }

    @Test("frequent, severe and teachable problems rank first")
    func ranking() {
        let items = [
            analysed(0, "x", [finding("orth", "R:ORTH", "i", "I", severity: .low)]),
            analysed(1, "y", [finding("sva", "R:VERB:SVA", "go", "goes", severity: .high)]),
            analysed(2, "z", [finding("sva", "R:VERB:SVA", "go", "goes", severity: .high)]),
        ]
        #expect(Clusterer().cluster(items).map(\.errorType) == ["R:VERB:SVA", "R:ORTH"])
    }

    @Test("every cluster is taught once before any is taught twice, one module per utterance")
    func roundRobin() async throws {
        let items = [
            analysed(
                0, "a",
                [
                    finding("sva", "R:VERB:SVA", "go", "goes", severity: .high),
                    finding("orth", "R:ORTH", "i", "I", at: 5, severity: .low),
                ]),
            analysed(1, "b", [finding("sva", "R:VERB:SVA", "go", "goes", severity: .high)]),
            analysed(2, "c", [finding("sva", "R:VERB:SVA", "go", "goes", severity: .high)]),
            analysed(3, "d", [finding("orth", "R:ORTH", "i", "I", severity: .low)]),
        ]
        let clusters = Clusterer().cluster(items)
        let chosen = try await RankedFocusSelector().selectCandidates(from: clusters, analysed: items, limit: 3)
        #expect(chosen.map(\.focus.ruleID) == ["sva", "orth", "sva"])
        #expect(Set(chosen.map(\.utterance.messageIndex)).count == 3)
        #expect(chosen[0].otherFindings.map(\.ruleID) == ["orth"])
    }

    @Test("the same lesson twice (same rule, word and correction) waits until the cluster's other members are taught")
    func sameLessonWaits() async throws {
        let items = [
            analysed(0, "a", [finding("orth", "R:ORTH", "korean", "Korean")]),
            analysed(1, "b", [finding("orth", "R:ORTH", "korean", "Korean")]),
            analysed(2, "c c", [finding("orth", "R:ORTH", "saturday", "Saturday")]),
        ]
        let clusters = Clusterer().cluster(items)
        let two = try await RankedFocusSelector().selectCandidates(from: clusters, analysed: items, limit: 2)
        #expect(two.map(\.focus.original) == ["korean", "saturday"])
        let all = try await RankedFocusSelector().selectCandidates(from: clusters, analysed: items, limit: 3)
        #expect(all.map(\.focus.original) == ["korean", "saturday", "korean"])
    }

    @Test("Korean utterances are taught only how to say them in English; unsure findings never")
    func languagePaths() async throws {
        let say = Finding(
            span: TextSpan(start: 0, end: 2), original: "김치", suggestions: ["kimchi"], errorType: "R:OTHER",
            ruleID: "say-it-in-english.glossary", message: LocalizedText(en: "m", ko: "m"), severity: .medium,
            confidence: 0.9)
        let items = [
            analysed(0, "김치", [say], language: .korean),
            analysed(1, "x", [finding("sva", "R:VERB:SVA", "go", "goes", confidence: 0.3)]),
            analysed(2, "y", [say], language: .english),
        ]
        let chosen = try await RankedFocusSelector().selectCandidates(
            from: Clusterer().cluster(items), analysed: items, limit: 8)
        #expect(chosen.map(\.utterance.messageIndex) == [0])
    }
}
