// Performs the chat's effects: the conversation, saves, exports, timers, the model interviewer, the mouse.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

/// Streams the model interviewer's next reply: the history, and a sink for each piece of text.
public typealias InterviewerReply = @Sendable ([ChatEntry], @escaping @Sendable (String) -> Void) async throws -> Void

/// Reads a practice answer with the built-in analyser: its findings (nil: the analyser could
/// not be loaded).
public typealias AnswerAnalyser = @Sendable (String) async -> [Finding]?

/// Saves a module for the learner; what it throws is shown in the status bar. Async: the
/// store may still be opening behind the first frame.
public typealias ModuleSaver = @Sendable (TeachingModule) async throws -> SaveResult

/// The chat's effect performer: messages go to the conversation port (an engine or a talk
/// peer) and its events come back; saves run detached, so a slow disk never holds a key
/// press; timers and the interviewer's reply send their events when they are due.
public struct ChatEffects: EffectPerformer {
    /// The terminal whose mouse mode the chat sets; nil in the plain mode, which has no screen
    /// (and whose reducer never asks for the mouse).
    public let backend: (any TerminalBackend)?
    public let conversation: any ConversationPort
    public let save: ModuleSaver
    public let log: EventLog
    /// The model interviewer (nil without one).
    public let interviewer: InterviewerReply?
    /// Reads practice answers (nil: they are graded without the analyser).
    public let analyseAnswer: AnswerAnalyser?
    private let replyTask = ReplyTask()

    /// A performer on `backend` (for the mouse mode), talking to `conversation`.
    public init(
        backend: (any TerminalBackend)?, conversation: any ConversationPort, save: @escaping ModuleSaver, log: EventLog,
        interviewer: InterviewerReply? = nil, analyseAnswer: AnswerAnalyser? = nil
    ) {
        self.backend = backend
        self.conversation = conversation
        self.save = save
        self.log = log
        self.interviewer = interviewer
        self.analyseAnswer = analyseAnswer
    }

    public func begin(_ sink: EventSink<AppEvent>) -> [Task<Void, Never>] {
        let conversation = conversation
        return [Task { for await event in conversation.events() { sink.send(event) } }]
    }

    public func end() { replyTask.cancel() }

    public func perform(_ effect: AppEffect, _ sink: EventSink<AppEvent>) async -> [AppEvent] {
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
                sink.send(.timer(kind))
            }
        case .save(let module):
            let save = save
            Task.detached {
                do {
                    let result = try await save(module)
                    sink.send(.saveFinished(moduleID: module.id, error: nil, result: result))
                } catch {
                    sink.send(.saveFinished(moduleID: module.id, error: "\(error)"))
                }
            }
        case .startInterviewerReply(let history):
            guard let interviewer else {
                sink.send(.interviewerStream(.failed("no model interviewer is configured")))
                break
            }
            replyTask.replace(
                Task {
                    do {
                        try await interviewer(history) { piece in sink.send(.interviewerStream(.delta(piece))) }
                        sink.send(.interviewerStream(.finished))
                    } catch {
                        if !Task.isCancelled { sink.send(.interviewerStream(.failed("\(error)"))) }
                    }
                })
        case .cancelInterviewerReply:
            replyTask.cancel()
        case .setMouseCapture(let on):
            backend?.setMouseReporting(on)
        case .export(let export):
            // Quick, and the next key may depend on it: its result is reduced before anything else.
            let outcome = ChatExportFile.write(export)
            if case .written(_, let messageCount, let findingCount) = outcome {
                log.note("exported messages=\(messageCount) findings=\(findingCount) format=\(export.format.rawValue)")
            } else {
                log.note("export failed")
            }
            return [.exportFinished(outcome)]
        case .leaveTalk:
            await conversation.leave()
        case .checkAnswer(let check):
            // Milliseconds, and the grade belongs before the next key: reduced at once.
            return [.answerChecked(check, findings: await analyseAnswer?(check.text) ?? nil)]
        case .quit:
            break
        }
        return []
    }
}
