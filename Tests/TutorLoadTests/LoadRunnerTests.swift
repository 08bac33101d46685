// The load runner against the in-process fake server: phases, lost conversations, reconnects.

import NIOPosix
import Testing

@testable import TutorLoad

@Suite("Load runner against a fake server")
struct LoadRunnerTests {
    static let pool = TextPool(
        interviewerLines: ["How are you?", "What did you do?"],
        learnerLines: ["I am fine.", "I go to store.", "He like it."])
    static let credentials = [
        BearerCredential(userID: "load-1", token: "token-one"), BearerCredential(userID: "load-2", token: "token-two"),
    ]

    /// Runs `conversations` x `messages` against a fake with the given faults.
    func run(
        conversations: Int = 6, messages: Int = 12, faults: FakeServeFaults = .init(),
        finishTimeout: Duration = .seconds(30),
        thinkTime: Duration = .zero, requestTimeout: Duration = .seconds(30)
    ) async throws -> (report: LoadReport, connections: Int) {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await FakeServeServer(
            group: group, tokens: ["token-one": "load-1", "token-two": "load-2"], faults: faults)
        var plan = LoadPlan(
            host: "127.0.0.1", port: server.port, conversationCount: conversations, messagesPerConversation: messages,
            mix: .alternating, pollInterval: .milliseconds(5), finishTimeout: finishTimeout, connectConcurrency: 4,
            runID: "t")
        plan.thinkTime = thinkTime
        plan.requestTimeout = requestTimeout
        let runner = LoadRunner(
            plan: plan, script: ConversationScript(pool: Self.pool, mix: .alternating, seed: 7),
            credentials: Self.credentials, group: group)
        let outcomes = try await runner.run()
        let connections = server.connectionCount
        await server.stop()
        try await group.shutdownGracefully()
        let report = LoadReport(
            plan: plan, outcomes: outcomes, serverPID: nil, serverBefore: nil, serverAfter: nil, generatorCPUSeconds: 0)
        return (report, connections)
    }

    @Test("every message accepted and every conversation finished: nothing lost, modules counted")
    func cleanRun() async throws {
        let (report, connections) = try await run()
        #expect(report.messagesSent == 72)
        #expect(report.messagesAccepted == 72)
        #expect(report.messageLatency?.count == 72)
        #expect(report.conversationsFinished == 6)
        #expect(report.modules == 12)
        #expect(report.errors.isEmpty)
        #expect(report.lostConversations == 0)
        #expect(report.lastEndToLastFinishedSeconds != nil)
        #expect(connections == 6, "one keep-alive connection per conversation")
    }

    @Test("with a think time between messages every message is still sent once, in order, and accepted")
    func paced() async throws {
        let (report, _) = try await run(conversations: 3, messages: 6, thinkTime: .milliseconds(2))
        #expect(report.messagesAccepted == 18)
        #expect(report.thinkTimeMilliseconds == 2)
        #expect(report.errors.isEmpty, "a wrong message_index would show as a contract error")
        #expect(report.lostConversations == 0)
    }

    @Test("a message answered 409 loses its conversation and is counted by status and code")
    func rejectedMessage() async throws {
        var faults = FakeServeFaults()
        faults.rejectMessages = ["load-t-2#4"]
        let (report, _) = try await run(faults: faults)
        #expect(report.messagesAccepted == 71)
        #expect(report.errors == ["POST /message 409 conversation_ended": 1])
        #expect(report.lostConversations == 1)
        #expect(report.lostExamples == ["load-t-2"])
    }

    @Test("a 410 conversation_lost stops its conversation there: lost, counted apart, never ended or polled")
    func goneConversation() async throws {
        var faults = FakeServeFaults()
        faults.goneMessages = ["load-t-3#5"]
        let (report, _) = try await run(faults: faults)
        #expect(report.messagesSent == 66)
        #expect(report.messagesAccepted == 65)
        #expect(report.errors == ["POST /message 410 conversation_lost": 1])
        #expect(report.lostConversations == 1)
        #expect(report.goneConversations == 1)
        #expect(report.conversationsFinished == 5)
    }

    @Test("a message answered 503 is sent again and accepted once: nothing lost")
    func unavailableRetried() async throws {
        var faults = FakeServeFaults()
        faults.unavailableMessages = ["load-t-0#1"]
        let (report, _) = try await run(conversations: 2, messages: 4, faults: faults)
        #expect(report.messagesSent == 8)
        #expect(report.messagesAccepted == 8)
        #expect(report.retriedUnavailable == 1)
        #expect(report.errors.isEmpty)
        #expect(report.lostConversations == 0)
    }

    @Test(
        "a message the server never answers fails at the request timeout; the conversation goes on on a new connection")
    func unanswered() async throws {
        var faults = FakeServeFaults()
        faults.unansweredMessages = ["load-t-1#2"]
        let (report, _) = try await run(
            conversations: 2, messages: 6, faults: faults, requestTimeout: .milliseconds(300))
        #expect(report.errors == ["POST /message transport: no response within 0.3 seconds": 1])
        #expect(report.messagesAccepted == 11)
        #expect(report.lostConversations == 1)
        #expect(report.lostExamples == ["load-t-1"])
    }

    @Test("a conversation whose modules never finish is lost at the deadline")
    func neverFinishes() async throws {
        var faults = FakeServeFaults()
        faults.neverFinish = ["load-t-0"]
        let (report, _) = try await run(conversations: 3, messages: 4, faults: faults, finishTimeout: .seconds(2))
        #expect(report.conversationsFinished == 2)
        #expect(report.lostConversations == 1)
        #expect(report.lostExamples == ["load-t-0"])
        #expect(report.errors == ["GET /teaching_modules not finished before the deadline": 1])
        #expect(report.lastEndToLastFinishedSeconds == nil)
    }

    @Test("a server that closes every connection after answering is reconnected to, never re-sent to")
    func reconnects() async throws {
        var faults = FakeServeFaults()
        faults.closeAfterEachResponse = true
        let (report, connections) = try await run(conversations: 2, messages: 5, faults: faults)
        #expect(report.messagesAccepted == 10)
        #expect(report.lostConversations == 0)
        #expect(report.errors.isEmpty)
        #expect(connections >= 10, "a new connection for every request after the first")
    }

    @Test("a port where nothing listens is a setup error that names host and port")
    func nothingListening() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        // Bind and close to get a port that is free now.
        let server = try await FakeServeServer(group: group, tokens: [:], faults: .init())
        let port = server.port
        await server.stop()
        let plan = LoadPlan(
            host: "127.0.0.1", port: port, conversationCount: 2, messagesPerConversation: 2, mix: .alternating,
            pollInterval: .milliseconds(5), finishTimeout: .seconds(1), connectConcurrency: 2, runID: "t")
        let runner = LoadRunner(
            plan: plan, script: ConversationScript(pool: Self.pool, mix: .alternating, seed: 1),
            credentials: Self.credentials, group: group)
        await #expect {
            _ = try await runner.run()
        } throws: { error in
            guard case .cannotConnect(let host, let reportedPort, _) = error as? LoadSetupError else { return false }
            return host == "127.0.0.1" && reportedPort == port
        }
        try await group.shutdownGracefully()
    }
}
