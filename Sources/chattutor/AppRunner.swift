// Runs the TUI: feeds terminal input, engine events and timers to the reducer, performs
// its effects, and draws each new state. The only place where the app meets the world.

import Foundation
import Synchronization
import TerminalKit
import TutorCore
import TutorUI

/// The one streaming interviewer reply, cancelled when the conversation ends or the app quits.
final class ReplyTask: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func replace(_ new: Task<Void, Never>) {
        task.withLock { $0?.cancel(); $0 = new }
    }

    func cancel() {
        task.withLock { $0?.cancel(); $0 = nil }
    }
}

/// Drives `Reducer` against a real (or test) terminal backend and a real engine.
struct AppRunner {
    typealias RunnerEvent = TerminalInputReader<AppEvent>.Item

    let backend: any TerminalBackend
    let conversation: any ConversationPort
    /// Saves a module for the learner; throws a message the status bar can show.
    let save: @Sendable (TeachingModule) throws -> Void
    let log: EventLog
    /// Streams the model interviewer's next reply (nil without one): the history, and a
    /// sink for each piece of text.
    var interviewer: (@Sendable ([ChatEntry], @escaping @Sendable (String) -> Void) async throws -> Void)?
    private let replyTask = ReplyTask()

    /// Runs until the learner quits or the terminal goes away; returns the final state.
    func run(_ initial: AppState) async -> AppState {
        var state = initial
        state.size = backend.size
        let (events, continuation) = AsyncStream.makeStream(of: RunnerEvent.self)
        var reader = TerminalInputReader(continuation: continuation, key: AppEvent.input)
        let inputTask = reader.forward(backend, resize: AppEvent.resize, terminate: .terminate)
        let engineTask = Task {
            for await event in conversation.events() {
                continuation.yield(.event(event))
            }
        }
        defer {
            inputTask.cancel()
            engineTask.cancel()
            replyTask.cancel()
        }
        backend.setMouseReporting(state.mouseCapture)
        await perform(Reducer.start(&state), continuation)
        draw(state)
        for await event in events {
            for appEvent in reader.events(for: event) {
                let effects = Reducer.reduce(&state, appEvent)
                await perform(effects, continuation)
                if state.isQuitting { break }
            }
            if state.isQuitting { break }
            draw(state)
        }
        continuation.finish()
        return state
    }

    private func draw(_ state: AppState) {
        let frame = Renderer.render(state)
        backend.draw(frame.screen, cursor: frame.cursor)
    }

    private func perform(_ effects: [AppEffect], _ continuation: AsyncStream<RunnerEvent>.Continuation) async {
        for effect in effects {
            switch effect {
            case .send(let message):
                do {
                    try await conversation.send(message)
                } catch {
                    log.note("message refused: \(error)")
                }
            case .endConversation(let id):
                await conversation.end(id)
            case .schedule(let kind, let delay):
                Task {
                    try? await Task.sleep(for: delay)
                    continuation.yield(.event(.timer(kind)))
                }
            case .save(let module):
                let save = save
                Task.detached {
                    do {
                        try save(module)
                        continuation.yield(.event(.saveFinished(moduleID: module.id, error: nil)))
                    } catch {
                        continuation.yield(.event(.saveFinished(moduleID: module.id, error: "\(error)")))
                    }
                }
            case .startInterviewerReply(let history):
                guard let interviewer else {
                    continuation.yield(.event(.interviewerStream(.failed("no model interviewer is configured"))))
                    break
                }
                replyTask.replace(Task {
                    do {
                        try await interviewer(history) { piece in continuation.yield(.event(.interviewerStream(.delta(piece)))) }
                        continuation.yield(.event(.interviewerStream(.finished)))
                    } catch {
                        if !Task.isCancelled { continuation.yield(.event(.interviewerStream(.failed("\(error)")))) }
                    }
                })
            case .cancelInterviewerReply:
                replyTask.cancel()
            case .setMouseCapture(let on):
                backend.setMouseReporting(on)
            case .quit:
                break
            }
        }
    }
}
