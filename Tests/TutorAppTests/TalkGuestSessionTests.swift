// A talk guest's session over a real socket: when the host goes, or the guest leaves first, the guest's own engine takes over.

import Foundation
import Synchronization
import TerminalKit
import Testing
import TutorApp
import TutorCore
import TutorTalk
import TutorUI

@Suite("Talk guest session")
struct TalkGuestSessionTests {
    @Test("the host goes away: the guest's lines are analysed by its own engine and a module appears")
    func guestTakesOverWhenTheHostGoes() async throws {
        let fixture = try GuestSessionFixture()
        defer { withExtendedLifetime(fixture) {} }  // both sides stay open to the test's end
        let (host, backend, running) = (fixture.host, fixture.backend, fixture.running)
        #expect(await backend.frame(showing: "You joined host's conversation.") != nil)

        // The host hears every line, then goes away without a summary.
        let heard = Task { () -> Int in
            var count = 0
            for await event in host.events {
                if case .said = event { count += 1 }
                if count == ChatSessionTests.learnerLines.count { break }
            }
            return count
        }
        for line in ChatSessionTests.learnerLines { backend.typeLine(line) }
        #expect(await value(of: heard) == ChatSessionTests.learnerLines.count)
        #expect(backend.lastFrame?.moduleCount == 0, "nothing is analysed in the guest while the host is there")
        host.close()

        let withModule = try #require(await backend.frame { ($0.moduleCount ?? 0) >= 1 })
        #expect(withModule.modulePane?.contains { $0.contains(" → ") } == true)
        backend.press(0x03)
        backend.type("y")
        let final = try #require(await value(of: running) ?? nil)
        #expect(final.learner == .learnerB)
        #expect(final.analyserName == "rules (offline)", "no longer the host's")
    }

    @Test(
        "a host with --batch-size 5: the guest's empty module pane says after every 5; its status bar names the host's analyser"
    )
    func hostBatchSizeReachesTheGuest() async throws {
        let fixture = try GuestSessionFixture(host: TalkAnalysis(batchSize: 5, analyser: .rules))
        defer { withExtendedLifetime(fixture) {} }
        let (backend, running) = (fixture.backend, fixture.running)
        let frame = try #require(await backend.frame(showing: "You joined host's conversation."))
        // The pane wraps its text: read it as one line, borders and line ends as spaces.
        let pane = (frame.modulePane ?? []).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │┃")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        #expect(pane.contains("after every 5 of your messages"), "\(pane)")
        #expect(!pane.contains("after every 10"))
        #expect(frame.lines.last?.contains("host's rules (offline)") == true, "\(frame.lines.last ?? "")")
        #expect(!frame.text.contains("builtin-rules"))
        backend.press(0x03)
        backend.type("y")
        let final = try #require(await value(of: running) ?? nil)
        #expect(final.batchSize == 5)
    }

    @Test(
        "the guest leaves first: the host hears it leave, and the guest's own engine gives it modules and its summary")
    func guestLeavesFirst() async throws {
        let fixture = try GuestSessionFixture()
        defer { withExtendedLifetime(fixture) {} }  // both sides stay open to the test's end
        let (host, backend, running) = (fixture.host, fixture.backend, fixture.running)
        #expect(await backend.frame(showing: "You joined host's conversation.") != nil)

        // The host hears four lines (under a batch: the host would analyse them only when it ends),
        // then the guest's leave; the host stays, as a host whose guest left does.
        let lines = Array(ChatSessionTests.learnerLines.prefix(4))
        let heard = Task { () -> (said: Int, left: String?) in
            var said = 0
            for await event in host.events {
                if case .said = event { said += 1 }
                if case .left(let reason) = event { return (said, reason) }
            }
            return (said, nil)
        }
        for line in lines { backend.typeLine(line) }
        #expect(await backend.frame(showing: lines[3]) != nil)
        #expect(backend.lastFrame?.moduleCount == 0)
        backend.typeLine("/end")

        let summary = try #require(await backend.frame(showing: "Conversation summary"))
        #expect(summary.text.contains("Messages analysed: \(lines.count)"))
        let hostHeard = await value(of: heard)
        #expect(hostHeard?.said == lines.count)
        #expect(hostHeard?.left != nil, "the host was told the guest left")
        backend.press(0x1B)  // Esc: the summary closes on the module pane
        let withModules = try #require(await backend.frame { ($0.moduleCount ?? 0) >= 1 })
        #expect(withModules.modulePane?.contains { $0.contains(" → ") } == true)
        #expect(withModules.text.contains("You left the conversation. Your messages are analysed here"))
        backend.press(0x03)
        backend.type("y")
        let final = try #require(await value(of: running) ?? nil)
        #expect(final.validatedCount >= 1)
        #expect(final.progress.isDone)
        #expect(
            final.entries.contains { $0.speaker == .learnerB && !($0.findings ?? []).isEmpty },
            "the guest's messages carry their findings")
    }
}

/// A talk host and a guest in a throwaway room, with the guest's chat session running on a
/// test terminal; the fixture's end closes both sides and removes the room.
final class GuestSessionFixture {
    let host: TalkHost
    let guest: TalkGuest
    let backend = TestTerminalBackend(size: TerminalSize(columns: 120, rows: 40))
    let running: Task<AppState?, Never>
    private let root: String

    init(host analysis: TalkAnalysis = TalkAnalysis()) throws {
        root = NSTemporaryDirectory() + "tutorapp-talk-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let rendezvous = TalkRendezvous(root: root)
        host = try TalkHost(conversationID: "talk-test", hostName: "host", analysis: analysis, rendezvous: rendezvous)
        let guest = try TalkGuest(code: host.code, name: "guest", rendezvous: rendezvous)
        self.guest = guest
        let parts = try ChatSessionTests.parts.get()
        let session = ChatSession(
            analyser: parts.analyserLabel, settings: SessionSettings(userName: "guest"), log: throwawayLog()
        ) { SessionParts(engine: parts, save: { _ in .saved }) }
        let backend = self.backend
        running = Task { () -> AppState? in
            try? await session.run(
                .talkGuest(conversationID: guest.conversationID, hostName: guest.hostName, hostAnalysis: guest.analysis)
            ) {
                engine, log in
                TalkGuestPort(guest: guest, learner: .learnerB, local: EnginePort(engine: engine, log: log))
            } openTerminal: { () throws(UserError) -> (any TerminalBackend, Theme) in
                (backend, .mono)
            }
        }
    }

    deinit {
        guest.close()
        host.close()
        try? FileManager.default.removeItem(atPath: root)
    }
}
