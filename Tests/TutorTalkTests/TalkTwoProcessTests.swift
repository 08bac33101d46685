// Host and guest in two processes over the real socket: a child `chattutor-talk-peer` on one
// side, this process (or a second child) on the other. Waits are failure bounds, never timings.

import Foundation
import Testing
import TutorCore

@testable import TutorTalk

/// The next line of a peer that starts with `prefix` (earlier lines are skipped).
private func line(_ peer: TalkPeerProcess, _ prefix: String) async throws -> String {
    try await next(peer.lines) { $0.hasPrefix(prefix) }
}

/// A host child and its join code.
private func startHost(_ root: TemporaryRoot) async throws -> (TalkPeerProcess, JoinCode) {
    let host = try TalkPeerProcess(["host", "hostess"], root: root.path)
    let reported = try await line(host, "code ")
    let code = try #require(JoinCode(String(reported.dropFirst("code ".count))))
    return (host, code)
}

@Suite("talk across two processes") struct TalkTwoProcessTests {
    let root = TemporaryRoot()

    func makeHost() throws -> TalkHost {
        try TalkHost(conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous)
    }

    @Test("a full conversation with the host in another process: join, chat both ways, the end, the summary, the leave")
    func hostInChild() async throws {
        let (host, code) = try await startHost(root)
        let guest = try TalkGuest(code: code, name: "guest", rendezvous: root.rendezvous)
        #expect(guest.conversationID == "talk-peer")
        #expect(guest.hostName == "hostess")
        #expect(try await line(host, "joined") == "joined guest")
        guest.send(.chat(speaker: .learnerB, text: "I has a cat."))
        #expect(try await line(host, "said") == "said I has a cat.")
        host.send("say 안녕하세요, nice to meet you")
        #expect(try await next(guest.events) == .frame(.chat(speaker: .learnerA, text: "안녕하세요, nice to meet you")))
        host.send("analysed 1")
        host.send("ending")
        host.send("summary Comparatives|비교급=1")
        #expect(try await next(guest.events) == .frame(.analysed(utteranceCount: 1)))
        #expect(try await next(guest.events) == .frame(.ending))
        let comparatives = TopicCount(topic: LocalizedText(en: "Comparatives", ko: "비교급"), count: 1)
        #expect(try await next(guest.events) == .frame(.summary(findingsByTopic: [comparatives])))
        guest.send(.leave)
        #expect(try await line(host, "left") == "left left")
        #expect(await host.finish() == 0)
    }

    @Test("a full conversation with the guest in another process; the guest's leave reaches the host")
    func guestInChild() async throws {
        let host = try makeHost()
        defer { host.close() }
        let guest = try TalkPeerProcess(["join", host.code.description, "minji"], root: root.path)
        #expect(try await line(guest, "welcome") == "welcome talk-test host")
        #expect(try await next(host.events) == .joined(name: "minji"))
        host.send(.chat(speaker: .learnerA, text: "Where are you from?"))
        #expect(try await line(guest, "chat") == "chat learner-a Where are you from?")
        guest.send("say I am from 부산.")
        #expect(try await next(host.events) == .said("I am from 부산."))
        guest.send("leave")
        #expect(try await next(host.events) == .left(reason: "left"))
        #expect(await guest.finish() == 0)
    }

    @Test("two child processes talk to each other; the host's close is a goodbye, not a drop")
    func bothInChildren() async throws {
        let (host, code) = try await startHost(root)
        let guest = try TalkPeerProcess(["join", code.description, "minji"], root: root.path)
        #expect(try await line(guest, "welcome") == "welcome talk-peer hostess")
        #expect(try await line(host, "joined") == "joined minji")
        host.send("say Hello!")
        #expect(try await line(guest, "chat") == "chat learner-a Hello!")
        guest.send("say Hi, I am happy to meet you.")
        #expect(try await line(host, "said") == "said Hi, I am happy to meet you.")
        host.send("close")
        #expect(try await line(guest, "hostGone") == "hostGone closed the conversation")
        #expect(await guest.exitStatus() == 0)
        #expect(await host.finish() == 0)
    }

    @Test("a code one character off finds no conversation from another process (exit 66); the right code still joins")
    func wrongCode() async throws {
        let host = try makeHost()
        defer { host.close() }
        let last = host.code.characters.last == "2" ? "3" : "2"
        let wrong = String(host.code.characters.dropLast()) + last
        let intruder = try TalkPeerProcess(["join", wrong], root: root.path)
        #expect(try await line(intruder, "error") == "error \(TalkError.noSuchConversation)")
        #expect(await intruder.exitStatus() == 66)
        let guest = try TalkPeerProcess(["join", host.code.description], root: root.path)
        #expect(try await line(guest, "welcome") == "welcome talk-test host")
        #expect(try await next(host.events) == .joined(name: "guest"))
    }

    @Test("malformed and oversized frames close only their connection: the host process goes on serving")
    func brokenFrames() async throws {
        let (host, code) = try await startHost(root)
        let socketPath = try root.rendezvous.findSocket(room: code.room)
        let malformed = try FrameSocket.connect(path: socketPath)
        try malformed.writeRaw([0, 0, 0, 9] + Array("not json!".utf8))
        #expect(try await line(host, "refused") == "refused 1")
        #expect(try malformed.readFrame() == .deny(reason: "wrong code"))
        let oversized = try FrameSocket.connect(path: socketPath)
        try oversized.writeRaw((TalkWire.maxFrameBytes + 1).bigEndianHeader + [UInt8](repeating: 65, count: 100))
        #expect(try await line(host, "refused") == "refused 2")
        host.send("ping")
        #expect(try await line(host, "pong") == "pong")

        // The right guest still gets in; a broken frame after joining closes that connection only.
        let guest = try FrameSocket.connect(path: socketPath)
        try guest.write(.hello(proof: code.characters, name: "guest"))
        #expect(
            try guest.readFrame()
                == .welcome(conversationID: "talk-peer", hostName: "hostess", analysis: TalkAnalysis()))
        #expect(try await line(host, "joined") == "joined guest")
        try guest.writeRaw((TalkWire.maxFrameBytes + 1).bigEndianHeader)
        #expect(
            try await line(host, "left")
                == "left was disconnected: \(TalkError.oversized(byteCount: TalkWire.maxFrameBytes + 1))")
        #expect(try guest.readFrame() == nil)
        host.send("ping")
        #expect(try await line(host, "pong") == "pong")
        #expect(host.isRunning)
        #expect(await host.finish() == 0)
    }

    @Test("a guest process killed with SIGKILL is reported as dropped")
    func guestKilled() async throws {
        let host = try makeHost()
        defer { host.close() }
        let guest = try TalkPeerProcess(["join", host.code.description], root: root.path)
        #expect(try await next(host.events) == .joined(name: "guest"))
        guest.kill(signal: SIGKILL)
        #expect(await guest.exitStatus() == SIGKILL)
        #expect(try await next(host.events) == .left(reason: "dropped"))
    }

    @Test("a host process killed with SIGKILL is reported to the guest as dropped")
    func hostKilled() async throws {
        let (host, code) = try await startHost(root)
        let guest = try TalkGuest(code: code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await line(host, "joined") == "joined guest")
        host.kill(signal: SIGKILL)
        #expect(try await next(guest.events) == .hostGone(reason: "dropped"))
    }
}
