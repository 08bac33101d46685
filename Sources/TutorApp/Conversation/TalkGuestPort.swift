// Talk mode's guest port: lines to the host, the host's frames back, its own engine if the host goes.

import Synchronization
import TutorCore
import TutorTalk
import TutorUI

/// The guest: lines go to the host; the host's lines, the guest's modules and the end come
/// back. If the host goes away before the guest's summary, this process's own engine takes
/// over: the reducer sends it the guest's lines again, and its events come in like a chat's.
public final class TalkGuestPort: ConversationPort {
    public let guest: TalkGuest
    public let learner: Speaker
    /// The guest process's own engine, idle unless the host goes away.
    public let local: EnginePort
    private let hostIsGone = Atomic(false)

    /// The link to the host, this learner's speaker, and the engine that takes over if the host goes.
    public init(guest: TalkGuest, learner: Speaker, local: EnginePort) {
        self.guest = guest
        self.learner = learner
        self.local = local
    }

    public func send(_ message: Message) async throws {
        if hostIsGone.load(ordering: .acquiring) {
            try await local.send(message)
        } else {
            guest.send(.chat(speaker: learner, text: message.text))
        }
    }

    public func end(_ id: ConversationID) async {
        if hostIsGone.load(ordering: .acquiring) {
            await local.end(id)
        } else {
            guest.send(.leave)
        }
    }

    /// The guest leaves first: the host hears `leave` (its engine keeps the conversation for
    /// the host), and the guest's lines and end go to the local engine from now on, so the
    /// guest still gets modules and a summary.
    public func leave() async {
        guard !hostIsGone.exchange(true, ordering: .acquiringAndReleasing) else { return }
        guest.send(.leave)
    }

    public func events() -> AsyncStream<AppEvent> {
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
                case .frame(.summary(let rows)):
                    continuation.yield(.talk(.summary(findingsByTopic: TopicCount.counts(rows))))
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
