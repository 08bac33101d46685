// A response from `chattutor serve` and the contract's bodies a load run reads from it.

import Foundation

/// One HTTP response: its status and its whole body.
public struct WireResponse: Sendable, Equatable {
    public var status: Int
    public var body: [UInt8]

    public init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }

    /// The `error.code` of a contract error body, if the body is one.
    public var errorCode: String? {
        (try? JSONDecoder().decode(ErrorBody.self, from: Data(body)))?.error.code
    }

    /// Decodes the body of a response that must have the `expected` status.
    public func decode<Body: Decodable>(_ type: Body.Type, expecting expected: Int) throws(ResponseError) -> Body {
        guard status == expected else { throw .unexpectedStatus(status, errorCode: errorCode) }
        do {
            return try JSONDecoder().decode(Body.self, from: Data(body))
        } catch {
            throw .malformedBody(expected: String(describing: Body.self))
        }
    }

    private struct ErrorBody: Decodable {
        struct Detail: Decodable { var code: String }
        var error: Detail
    }
}

/// Why a response is not the one the contract promises.
public enum ResponseError: Error, Sendable, Equatable, CustomStringConvertible {
    case unexpectedStatus(Int, errorCode: String?)
    case malformedBody(expected: String)
    /// The body parsed but says something the contract rules out (a wrong id or index).
    case contractBroken(String)

    public var description: String {
        switch self {
        case .unexpectedStatus(let status, let code): code.map { "\(status) \($0)" } ?? "\(status)"
        case .malformedBody(let expected): "body is not \(expected)"
        case .contractBroken(let what): what
        }
    }
}

/// The 202 body of `POST /message`.
public struct MessageAccepted: Decodable, Sendable, Equatable {
    public struct Batch: Decodable, Sendable, Equatable {
        public var index: Int
        public var position: Int
        public var size: Int
    }

    public var conversationID: String
    public var messageIndex: Int
    public var batch: Batch?

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case messageIndex = "message_index"
        case batch
    }

    /// Checks what the load generator can know: the conversation, the message's place in it,
    /// and that a learner message (and only one) joined a batch at a place within its size.
    public func check(conversationID expectedID: String, messageIndex expectedIndex: Int, role: MessageRole)
        throws(ResponseError)
    {
        guard conversationID == expectedID else { throw .contractBroken("message answered for another conversation") }
        guard messageIndex == expectedIndex else {
            throw .contractBroken("message_index \(messageIndex), expected \(expectedIndex)")
        }
        switch (role, batch) {
        case (.interviewer, nil): return
        case (.interviewer, .some): throw .contractBroken("an interviewer message joined a batch")
        case (.learner, nil): throw .contractBroken("a learner message has no batch")
        case (.learner, .some(let batch)):
            guard batch.index >= 0, batch.size >= 1, (1...batch.size).contains(batch.position) else {
                throw .contractBroken("batch position \(batch.position) of \(batch.size)")
            }
        }
    }
}

/// The 202 body of `POST /end_conversation/{id}`.
public struct EndAccepted: Decodable, Sendable, Equatable {
    public var conversationID: String
    public var status: String

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case status
    }
}

/// The 200 body of `GET /teaching_modules/list/{id}`; modules are read only as far as their ids.
public struct ModuleList: Decodable, Sendable, Equatable {
    public struct ModuleID: Decodable, Sendable, Equatable {
        public var id: String
    }

    public var conversationID: String
    public var status: String
    public var finished: Bool
    public var modules: [ModuleID]

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case status
        case finished
        case modules
    }

    /// Whether generation is over: the contract sets `finished` and status `finished` together,
    /// and a response where they disagree is a broken contract.
    public func isFinished() throws(ResponseError) -> Bool {
        guard finished == (status == "finished") else {
            throw .contractBroken("finished is \(finished) but status is \(status)")
        }
        return finished
    }
}
