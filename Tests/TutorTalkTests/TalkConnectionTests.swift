// A host and a guest over a real Unix socket: a conversation, wrong codes, broken frames, drops.

import Foundation
import Testing
import TutorCore
import TutorTestSupport

@testable import TutorTalk

/// The next event that matches, with a generous guard against hangs (not a timing assertion).
func next<Event: Sendable>(
    _ stream: AsyncStream<Event>, where matches: @escaping @Sendable (Event) -> Bool = { _ in true }
) async throws -> Event {
    try await withThrowingTaskGroup(of: Event?.self) { group in
        group.addTask {
            for await event in stream where matches(event) { return event }
            return nil
        }
        group.addTask {
            try await Task.sleep(for: .seconds(60))
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        return try #require(first, "no matching event")
    }
}

/// A fresh rendezvous root for one test, removed afterwards.
final class TemporaryRoot: Sendable {
    private let directory: TemporaryDirectory
    var path: String { directory.path }
    init() {
        // A test's setup: a temporary directory that cannot be made stops the run at once.
        directory = try! TemporaryDirectory("talk-test")
    }
    var rendezvous: TalkRendezvous { TalkRendezvous(root: path) }
}

@Suite("talk connection") struct TalkConnectionTests {
    let root = TemporaryRoot()

    func makeHost() throws -> TalkHost {
        try TalkHost(conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous)
    }

    /// Connects without the guest's handshake, to send whatever a test wants.
    func rawPeer(_ host: TalkHost) throws -> FrameSocket {
        try FrameSocket.connect(path: root.rendezvous.findSocket(room: host.code.room))
    }

    @Test("a full conversation: join, chat both ways, the guest's module, the end and summary")
    func conversation() async throws {
        let host = try makeHost()
        defer { host.close() }
        let guest = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(guest.conversationID == "talk-test")
        #expect(guest.hostName == "host")
        #expect(try await next(host.events) == .joined(name: "guest"))
        // The code is one-time: the socket is gone once the guest is in.
        #expect(throws: TalkError.noSuchConversation) {
            try TalkGuest(code: host.code, name: "late", rendezvous: root.rendezvous)
        }

        guest.send(.chat(speaker: .learnerA, text: "I has a cat."))
        #expect(try await next(host.events) == .said("I has a cat."))
        host.send(.chat(speaker: .learnerA, text: "안녕하세요"))
        #expect(try await next(guest.events) == .frame(.chat(speaker: .learnerA, text: "안녕하세요")))
        host.send(.ending)
        let rows = [TopicCount(topic: LocalizedText(en: "Tense", ko: "시제"), count: 2)]
        host.send(.summary(findingsByTopic: rows))
        #expect(try await next(guest.events) == .frame(.ending))
        #expect(try await next(guest.events) == .frame(.summary(findingsByTopic: rows)))
        guest.send(.leave)
        #expect(try await next(host.events) == .left(reason: "left"))
        host.send(.analysed(utteranceCount: 1))  // to a guest that is gone: harmless
    }

    @Test("wrong codes are refused one connection at a time, and never lock the right guest out")
    func wrongCodes() async throws {
        var limits = TalkLimits()
        limits.wrongCodeDelay = .milliseconds(10)
        let host = try TalkHost(
            conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous, limits: limits)
        defer { host.close() }
        // The room is found by the whole code, so a guesser knocks on the socket itself.
        for failure in 1...6 {
            let peer = try rawPeer(host)
            try peer.write(.hello(proof: String(host.code.characters.reversed()), name: "intruder"))
            #expect(try peer.readFrame() == .deny(reason: "wrong code"))
            #expect(try await next(host.events) == .refused(failures: failure))
        }
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
    }

    @Test(
        "a malformed, oversized or other-version hello is refused like a wrong code",
        arguments: [
            [0, 0, 0, 9] + Array("not json!".utf8),
            [0, 16, 0, 0] + [UInt8](repeating: 65, count: 100),
            [0, 0, 0, 40],
        ] as [[UInt8]])
    func brokenHello(bytes: [UInt8]) async throws {
        let host = try makeHost()
        defer { host.close() }
        let peer = try rawPeer(host)
        try peer.writeRaw(bytes)
        if bytes.count == 4 { peer.close() }  // a header and no body: the peer gives up
        #expect(try await next(host.events) == .refused(failures: 1))
        // The host still admits the right guest.
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
    }

    @Test(
        "after joining, a malformed or oversized frame closes that connection and the host goes on",
        arguments: [
            [0, 0, 0, 5] + Array("{oops".utf8),
            [1, 0, 0, 0],
            Array("{\"v\":1,\"frame\":{\"leave\":{}}}".utf8).count.bigEndianHeader
                + Array("{\"v\":1,\"frame\":{\"leave\":{}}}".utf8),
        ] as [[UInt8]])
    func brokenFrameAfterJoin(bytes: [UInt8]) async throws {
        let host = try makeHost()
        defer { host.close() }
        let peer = try rawPeer(host)
        try peer.write(.hello(proof: host.code.characters, name: "guest"))
        #expect(
            try peer.readFrame() == .welcome(conversationID: "talk-test", hostName: "host", analysis: TalkAnalysis()))
        #expect(try await next(host.events) == .joined(name: "guest"))
        try peer.writeRaw(bytes)
        let left = try await next(host.events)
        guard case .left(let reason) = left else {
            Issue.record("expected left, got \(left)")
            return
        }
        #expect(reason.contains("disconnected"))
        #expect(try peer.readFrame() == nil)
        host.send(.chat(speaker: .learnerA, text: "still here"))  // a gone guest harms nothing
    }

    @Test("a guest that drops is reported; a host that goes away is reported to the guest")
    func drops() async throws {
        let host = try makeHost()
        let guest = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
        guest.close()
        #expect(try await next(host.events) == .left(reason: "dropped"))
        host.close()

        let secondHost = try makeHost()
        let secondGuest = try TalkGuest(code: secondHost.code, name: "guest", rendezvous: root.rendezvous)
        secondHost.close()
        guard case .hostGone = try await next(secondGuest.events) else {
            Issue.record("no hostGone")
            return
        }
    }

    @Test("a shared directory that others can write is refused")
    func unsafeDirectory() throws {
        let directory = root.rendezvous.userDirectory(uid: getuid())
        mkdir(directory, 0o777)
        chmod(directory, 0o777)
        #expect(throws: TalkError.unsafeDirectory(directory)) { try makeHost() }
    }

    @Test("the directories are 0711 and the socket 0666; nothing else is left after the join")
    func permissions() async throws {
        let host = try makeHost()
        defer { host.close() }
        let userDirectory = root.rendezvous.userDirectory(uid: getuid())
        let socketPath = try root.rendezvous.findSocket(room: host.code.room)
        let attributes = { (path: String) in
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(attributes(userDirectory) == 0o711)
        #expect(attributes("\(userDirectory)/\(host.code.room)") == 0o711)
        #expect(attributes(socketPath) == 0o666)
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: userDirectory).isEmpty)
    }
}

extension Int {
    var bigEndianHeader: [UInt8] {
        [UInt8(self >> 24 & 0xFF), UInt8(self >> 16 & 0xFF), UInt8(self >> 8 & 0xFF), UInt8(self & 0xFF)]
    }
}

extension TalkConnectionTests {
    @Test("a peer that says nothing is cut off by the handshake's time limit and counted as a failure")
    func silentPeer() async throws {
        var limits = TalkLimits()
        limits.handshake = .seconds(1)
        let host = try TalkHost(
            conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous, limits: limits)
        defer { host.close() }
        let peer = try rawPeer(host)
        #expect(try await next(host.events) == .refused(failures: 1))
        #expect(try peer.readFrame() == .deny(reason: "wrong code"))
    }
}
