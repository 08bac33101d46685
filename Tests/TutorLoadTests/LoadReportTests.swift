// The report's figures from conversation records: rates, end-to-finish, errors and lost.

import Testing

@testable import TutorLoad

@Suite("Load report")
struct LoadReportTests {
    let plan = LoadPlan(
        host: "127.0.0.1", port: 8000, conversationCount: 2, messagesPerConversation: 3, mix: .alternating,
        pollInterval: .milliseconds(200), finishTimeout: .seconds(60), connectConcurrency: 8, runID: "r")

    func outcome(
        _ id: String, accepted: Int = 3, lastAccepted: Duration, ended: Duration?, finished: Duration?, modules: Int
    )
        -> ConversationOutcome
    {
        var outcome = ConversationOutcome(conversationID: id)
        outcome.messagesSent = 3
        outcome.messagesAccepted = accepted
        outcome.messageLatencyNanoseconds = [1_000_000, 2_000_000, 3_000_000]
        outcome.lastAcceptedAt = lastAccepted
        outcome.endedAt = ended
        outcome.finishedAt = finished
        outcome.moduleCount = modules
        return outcome
    }

    @Test("messages per second over the sending phase; end-to-finish from the last end to the last finish")
    func figures() {
        let outcomes = [
            outcome("a", lastAccepted: .seconds(1), ended: .milliseconds(2100), finished: .seconds(4), modules: 2),
            outcome("b", lastAccepted: .seconds(2), ended: .milliseconds(2500), finished: .seconds(3), modules: 5),
        ]
        let report = LoadReport(
            plan: plan, outcomes: outcomes, serverPID: 9,
            serverBefore: ProcessSample(peakResidentKiB: 1, residentKiB: 1, cpuTicks: 100),
            serverAfter: ProcessSample(peakResidentKiB: 2048, residentKiB: 1024, cpuTicks: 350),
            generatorCPUSeconds: 1.5)
        #expect(report.messagesAccepted == 6)
        #expect(report.sendingSeconds == 2)
        #expect(report.acceptedPerSecond == 3)
        #expect(report.lastEndToLastFinishedSeconds == 1.5)
        #expect(report.endToFinishedLatency?.p50Milliseconds == 500)
        #expect(report.endToFinishedLatency?.maxMilliseconds == 1900)
        #expect(report.modules == 7)
        #expect(report.messageLatency?.p99Milliseconds == 3)
        #expect(report.lostConversations == 0)
        #expect(report.server?.peakRSSMiB == 2)
        #expect(report.server?.rssBeforeMiB == 1.0 / 1024)
        #expect(report.text().contains("peak RSS 2.0 MiB (0.0 MiB before the run, 1.0 MiB at the end)"))
        #expect(report.server?.cpuSeconds == 250 / ProcessSample.ticksPerSecond)
        #expect(report.text().contains("lost conversations  0"))
        #expect(report.json().contains("\"lostConversations\" : 0"))
    }

    @Test("a refused message or an unfinished conversation is lost; failures add up across conversations")
    func lost() {
        var refused = outcome(
            "a", accepted: 2, lastAccepted: .seconds(1), ended: .seconds(2), finished: .seconds(3), modules: 1)
        refused.failures = ["POST /message 409 conversation_ended": 1]
        var unfinished = outcome("b", lastAccepted: .seconds(1), ended: .seconds(2), finished: nil, modules: 0)
        unfinished.failures = ["GET /teaching_modules not finished before the deadline": 1]
        let report = LoadReport(
            plan: plan, outcomes: [refused, unfinished], serverPID: nil, serverBefore: nil, serverAfter: nil,
            generatorCPUSeconds: 0)
        #expect(report.lostConversations == 2)
        #expect(report.lostExamples == ["a", "b"])
        #expect(report.errors.count == 2)
        #expect(report.lastEndToLastFinishedSeconds == nil)
        #expect(report.text().contains("never (see lost)"))
    }

    @Test("a conversation missing only its finish, with no failure recorded, still counts as lost")
    func lostWithoutFailure() {
        let silent = outcome("a", lastAccepted: .seconds(1), ended: .seconds(2), finished: nil, modules: 0)
        #expect(silent.isLost)
        let done = outcome("b", lastAccepted: .seconds(1), ended: .seconds(2), finished: .seconds(3), modules: 0)
        #expect(!done.isLost)
    }
}
