// Talk mode's host port: the host's engine shared with a guest.

import TutorCore
import TutorTalk
import TutorUI

/// The host: the engine analyses both learners; the guest's lines come in as learner B, the
/// host's side of the chat goes out, and only the guest's own modules are forwarded.
public struct TalkHostPort: ConversationPort {
    public let engine: EnginePort
    public let host: TalkHost
    public static let guest = Speaker.learnerB

    /// The host's engine port and its listening socket.
    public init(engine: EnginePort, host: TalkHost) {
        self.engine = engine
        self.host = host
    }

    public func send(_ message: Message) async throws {
        try await engine.send(message)
        if message.speaker != Self.guest { host.send(.chat(speaker: message.speaker, text: message.text)) }
    }

    public func end(_ id: ConversationID) async {
        host.send(.ending)
        await engine.end(id)
    }

    public func events() -> AsyncStream<AppEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        let engineTask = Task {
            for await event in engine.events() {
                switch event {
                case .engine(.moduleValidated(let outcome)) where outcome.learner == Self.guest:
                    if let module = outcome.module { host.send(.module(module)) }
                case .engine(.batchAnalysed(let batch)) where batch.learner == Self.guest:
                    host.send(.analysed(utteranceCount: batch.utteranceCount))
                case .engine(.conversationDone(let summary)):
                    let guests = summary.merged { $0 == Self.guest }.findingsByTopic
                    host.send(.summary(findingsByTopic: TopicCount.rows(guests)))
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
