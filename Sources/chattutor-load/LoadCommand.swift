// `chattutor-load`: drives many simulated conversations against `chattutor serve` and reports.

import ArgumentParser
import Foundation
import NIOPosix
import TutorLoad

@main
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chattutor-load",
        abstract: "Load-test `chattutor serve`: many concurrent conversations, then wait for every module.",
        discussion: """
            Opens one keep-alive connection per conversation, posts every conversation's messages \
            (all conversations at once, each one message after another), ends them all, and polls \
            each one's module list until generation finishes. Texts come from the recorded \
            conversations in --transcripts, drawn differently for each conversation. Exits 1 if \
            any conversation is lost (a message not accepted, or modules that never finished; a \
            410 conversation_lost is counted apart). A 503 is sent again 1 s later, within \
            --request-timeout.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The server's address.") var host = "127.0.0.1"
    @Option(help: "The server's port.") var port: Int
    @Option(
        help:
            "A file of `user<TAB>token` lines, as `chattutor serve token create --count N` prints them; conversations are shared out over these users."
    )
    var tokens: String
    @Option(help: "How many conversations run at once.") var conversations = 1000
    @Option(help: "Messages per conversation.") var messages = 30
    @Option(
        help:
            "Who speaks when: alternating (interviewer, learner, ...) or learner-heavy (two learner messages per question)."
    )
    var mix: SpeakerMix = .alternating
    @Option(
        help:
            "Mean milliseconds a conversation waits before each message (0: back to back, the server's capacity; 2000: a learner typing)."
    )
    var thinkTimeMs = 0
    @Option(help: "Milliseconds between two polls of one conversation's modules.") var pollIntervalMs = 200
    @Option(help: "Seconds one request may wait for its response before it counts as failed.") var requestTimeout = 60
    @Option(help: "Seconds to wait, once ending starts, for every conversation to finish.") var finishTimeout = 600
    @Option(help: "How many connections may be opening at once.") var connectConcurrency = 64
    @Option(help: "The folder of transcripts to take texts from.") var transcripts = "transcripts"
    @Option(help: "Seed for choosing texts; the same seed sends the same texts.") var seed: UInt64 = 1
    @Option(help: "Prefix for conversation ids (default: random), so reruns never meet an ended conversation.")
    var runID: String?
    @Option(help: "The server's process id, to report its peak RSS (VmHWM) and CPU time.") var serverPid: Int32?
    @Option(help: "Event-loop threads of the generator (it shares the machine with the server).") var threads = 1
    @Option(
        help: ArgumentHelp(
            "Create this file when half of all messages have been sent (for a fault injected mid-run).",
            valueName: "path"))
    var halfwayFile: String?
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Also print POST /message latency over time, in slices of this many milliseconds (0: no timeline).")
    var timelineMs = 0

    func validate() throws {
        guard conversations >= 1, messages >= 1 else {
            throw ValidationError("--conversations and --messages must be at least 1")
        }
        guard pollIntervalMs >= 1, finishTimeout >= 1, requestTimeout >= 1 else {
            throw ValidationError("--poll-interval-ms, --finish-timeout and --request-timeout must be at least 1")
        }
        guard thinkTimeMs >= 0 else { throw ValidationError("--think-time-ms must be 0 or more") }
        guard timelineMs >= 0 else { throw ValidationError("--timeline-ms must be 0 or more") }
        guard (1...64).contains(threads), connectConcurrency >= 1 else {
            throw ValidationError("--threads must be 1 to 64 and --connect-concurrency at least 1")
        }
        if let runID,
            runID.isEmpty || runID.count > 64 || !runID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        {
            throw ValidationError("--run-id must be 1 to 64 ASCII letters and digits")
        }
    }

    func run() async throws {
        let credentials: [BearerCredential]
        let pool: TextPool
        do {
            guard let tokenText = try? String(contentsOfFile: tokens, encoding: .utf8) else {
                throw LoadSetupError.unreadableTokens(path: tokens)
            }
            credentials = try BearerCredential.parseList(tokenText)
            guard !credentials.isEmpty else { throw LoadSetupError.noTokens(path: tokens) }
            pool = try TextPool(directory: URL(fileURLWithPath: transcripts))
        } catch let error as LoadSetupError {
            throw ValidationError(error.description)
        }
        var plan = LoadPlan(
            host: host, port: port, conversationCount: conversations, messagesPerConversation: messages, mix: mix,
            pollInterval: .milliseconds(pollIntervalMs), finishTimeout: .seconds(finishTimeout),
            connectConcurrency: connectConcurrency,
            runID: runID ?? String(UInt32.random(in: 0...UInt32.max), radix: 36))
        plan.thinkTime = .milliseconds(thinkTimeMs)
        plan.requestTimeout = .seconds(requestTimeout)
        plan.halfwayFile = halfwayFile
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let runner = LoadRunner(
            plan: plan, script: ConversationScript(pool: pool, mix: mix, seed: seed), credentials: credentials,
            group: group)

        let serverBefore = serverPid.flatMap(ProcessSample.read(pid:))
        let outcomes: [ConversationOutcome]
        do {
            outcomes = try await runner.run()
        } catch {
            try? await group.shutdownGracefully()
            FileHandle.standardError.write(Data("chattutor-load: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let serverAfter = serverPid.flatMap(ProcessSample.read(pid:))
        try? await group.shutdownGracefully()

        let report = LoadReport(
            plan: plan, outcomes: outcomes, serverPID: serverPid, serverBefore: serverBefore, serverAfter: serverAfter,
            generatorCPUSeconds: Self.ownCPUSeconds())
        print(format == .json ? report.json() : report.text())
        if timelineMs > 0 {
            // On stderr, so stdout stays the one report (and valid JSON with --format json).
            let timeline = LatencyTimeline(outcomes: outcomes, sliceMilliseconds: timelineMs)
            FileHandle.standardError.write(
                Data("POST /message latency over the sending phase:\n\(timeline.text())\n".utf8))
        }
        if report.lostConversations > 0 { throw ExitCode(1) }
    }

    /// User plus system CPU this process has used, to show whether the generator itself was busy.
    private static func ownCPUSeconds() -> Double {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

extension SpeakerMix: ExpressibleByArgument {}
