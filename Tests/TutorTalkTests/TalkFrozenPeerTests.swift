// A guest that joins and then never reads: the host's sends return at once, the guest is
// dropped within the stall limit (or at once past the queue's limit), and the host still closes.

import Foundation
import Testing
import TutorCore

@testable import TutorTalk

@Suite("talk: a peer that stops reading") struct TalkFrozenPeerTests {
    let root = TemporaryRoot()
    /// About 2 KB a frame: 400 of them are several times what a Unix socket buffers.
    let line = TalkFrame.chat(speaker: .learnerA, text: String(repeating: "I has a cat. ", count: 150))

    func makeHost(_ limits: TalkLimits) throws -> TalkHost {
        try TalkHost(conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous, limits: limits)
    }

    /// A guest that completes the join over a raw socket, then never reads again.
    func frozenGuest(_ host: TalkHost) async throws -> FrameSocket {
        let peer = try FrameSocket.connect(path: root.rendezvous.findSocket(room: host.code.room))
        try peer.write(.hello(proof: host.code.characters, name: "frozen"))
        #expect(
            try peer.readFrame() == .welcome(conversationID: "talk-test", hostName: "host", analysis: TalkAnalysis()))
        #expect(try await next(host.events) == .joined(name: "frozen"))
        return peer
    }

    /// Sends `count` frames; returns the longest single send.
    func sendMany(_ host: TalkHost, count: Int = 400) -> Duration {
        var longest = Duration.zero
        for _ in 0..<count {
            let start = ContinuousClock.now
            host.send(line)
            longest = max(longest, start.duration(to: .now))
        }
        return longest
    }

    @Test("the host's sends return at once, and the guest is dropped within the stall limit")
    func stalled() async throws {
        var limits = TalkLimits()
        limits.stall = .seconds(1)
        limits.queuedBytes = 64 << 20
        let host = try makeHost(limits)
        let peer = try await frozenGuest(host)
        let start = ContinuousClock.now
        let longest = sendMany(host)
        // Blocking writes would hang here for good once the socket's buffer (about 200 KB) is full.
        #expect(longest < .milliseconds(200), "a send took \(longest)")
        #expect(start.duration(to: .now) < .seconds(2))
        #expect(try await next(host.events) == .left(reason: TalkHost.stoppedReadingReason))
        #expect(start.duration(to: .now) < limits.stall + .seconds(4))
        let closing = ContinuousClock.now
        host.close()
        #expect(closing.duration(to: .now) < .seconds(1))
        host.send(line)  // to a guest that is gone: harmless
        _ = peer
    }

    @Test("a guest that lets more than the queue's limit pile up is dropped at once")
    func overflow() async throws {
        var limits = TalkLimits()
        limits.stall = .seconds(60)
        limits.queuedBytes = 64 << 10
        let host = try makeHost(limits)
        defer { host.close() }
        let peer = try await frozenGuest(host)
        let start = ContinuousClock.now
        #expect(sendMany(host) < .milliseconds(200))
        #expect(try await next(host.events) == .left(reason: TalkHost.stoppedReadingReason))
        #expect(start.duration(to: .now) < .seconds(10), "well before the 60 s stall limit")
        _ = peer
    }

    @Test("closing with a frozen guest still connected takes at most the goodbye limit")
    func closeWhileFrozen() async throws {
        var limits = TalkLimits()
        limits.stall = .seconds(60)
        limits.queuedBytes = 64 << 20
        limits.goodbye = .milliseconds(500)
        let host = try makeHost(limits)
        let peer = try await frozenGuest(host)
        #expect(sendMany(host) < .milliseconds(200))
        let closing = ContinuousClock.now
        host.close()
        #expect(closing.duration(to: .now) < .seconds(3))
        _ = peer
    }

    @Test("a guest process stopped with SIGSTOP is dropped within the stall limit; the host goes on")
    func stoppedProcess() async throws {
        var limits = TalkLimits()
        limits.stall = .seconds(1)
        let host = try makeHost(limits)
        defer { host.close() }
        let guest = try TalkPeerProcess(["join", host.code.description, "minji"], root: root.path)
        #expect(try await next(guest.lines) { $0.hasPrefix("welcome") } == "welcome talk-test host")
        #expect(try await next(host.events) == .joined(name: "minji"))
        guest.kill(signal: SIGSTOP)
        defer { guest.kill(signal: SIGKILL) }
        let start = ContinuousClock.now
        #expect(sendMany(host) < .milliseconds(200))
        #expect(try await next(host.events) == .left(reason: TalkHost.stoppedReadingReason))
        #expect(start.duration(to: .now) < limits.stall + .seconds(4))
    }
}
