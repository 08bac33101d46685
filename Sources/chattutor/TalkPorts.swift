// Talk mode's two conversation ports: the host's engine shared with a guest, and the guest's link.

import Synchronization
import TutorCore
import TutorTalk
import TutorUI

/// The host: the engine analyses both learners; the guest's lines come in as learner B, the
/// host's side of the chat goes out, and only the guest's own modules are forwarded.
struct TalkHostPort: ConversationPort {
    let engine: EnginePort
    let host: TalkHost
    static let guest = Speaker.learnerB

    func send(_ message: Message) async throws {
        try await engine.send(message)
        if message.speaker != Self.guest { host.send(.chat(speaker: message.speaker, text: message.text)) }
    }

    func end(_ id: ConversationID) async {
        host.send(.ending)
        await engine.end(id)
    }

    func events() -> AsyncStream<AppEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        let engineTask = Task {
            for await event in engine.events() {
                switch event {
                case .engine(.moduleValidated(let outcome)) where outcome.learner == Self.guest:
                    if let module = outcome.module { host.send(.module(module)) }
                case .engine(.batchAnalysed(let batch)) where batch.learner == Self.guest:
                    host.send(.analysed(utteranceCount: batch.utteranceCount))
                case .engine(.conversationDone(let summary)):
                    host.send(.summary(findingsByType: summary.merged { $0 == Self.guest }.findingsByErrorType))
                default:
                    break
                }
                continuation.yield(event)
            }
        }
        let peerTask = Task {
            for await event in host.events {
                switch event {
                case .joined(let name): continuation.yield(.talk(.peerJoined(name: name)))
                case .said(let text): continuation.yield(.talk(.peerSaid(Self.guest, text)))
                case .left(let reason): continuation.yield(.talk(.peerLeft(reason: reason)))
                case .refused(let failures): continuation.yield(.talk(.joinRefused(failures: failures)))
                }
            }
        }
        continuation.onTermination = { _ in
            engineTask.cancel()
            peerTask.cancel()
        }
        return stream
    }
}

/// The guest: lines go to the host; the host's lines, the guest's modules and the end come
/// back. If the host goes away before the guest's summary, this process's own engine takes
/// over: the reducer sends it the guest's lines again, and its events come in like a chat's.
final class TalkGuestPort: ConversationPort {
    let guest: TalkGuest
    let learner: Speaker
    /// The guest process's own engine, idle unless the host goes away.
    let local: EnginePort
    private let hostIsGone = Atomic(false)

    init(guest: TalkGuest, learner: Speaker, local: EnginePort) {
        self.guest = guest
        self.learner = learner
        self.local = local
    }

    func send(_ message: Message) async throws {
        if hostIsGone.load(ordering: .acquiring) {
            try await local.send(message)
        } else {
            guest.send(.chat(speaker: learner, text: message.text))
        }
    }

    func end(_ id: ConversationID) async {
        if hostIsGone.load(ordering: .acquiring) {
            await local.end(id)
        } else {
            guest.send(.leave)
        }
    }

    func events() -> AsyncStream<AppEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        let task = Task { [self] in
            for await event in guest.events {
                switch event {
                case .frame(.chat(let speaker, let text)): continuation.yield(.talk(.peerSaid(speaker, text)))
                case .frame(.module(let module)):
                    // The host validated it; checking again costs little and keeps a broken or
                    // hostile host from putting anything unvalidated in front of the learner.
                    if ModuleValidator().validate(module).passed { continuation.yield(.talk(.moduleArrived(module))) }
                case .frame(.analysed(let count)): continuation.yield(.talk(.analysed(utteranceCount: count)))
                case .frame(.ending): continuation.yield(.talk(.hostEnded))
                case .frame(.summary(let findings)): continuation.yield(.talk(.summary(findingsByType: findings)))
                case .frame: break
                case .hostGone(let reason):
                    // Switched before the reducer hears of it, so what it sends next goes to the local engine.
                    hostIsGone.store(true, ordering: .releasing)
                    continuation.yield(.talk(.peerLeft(reason: reason)))
                }
            }
        }
        let localTask = Task {
            for await event in local.events() { continuation.yield(event) }
        }
        continuation.onTermination = { _ in
            task.cancel()
            localTask.cancel()
        }
        return stream
    }
}
