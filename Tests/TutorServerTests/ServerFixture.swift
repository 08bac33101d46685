// A server over fakes and an in-memory store, with a manual clock and two users' tokens.

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@testable import TutorServer
@testable import TutorServerConfiguration

/// A `ServerStore` over an in-memory `ModuleStore` that can be made to fail, as a store
/// whose disk went away would.
final class BreakableStore: ServerStore {
    let store: ModuleStore
    private let broken = Mutex(false)

    init() throws { store = try ModuleStore.inMemory() }

    func breakIt() { broken.withLock { $0 = true } }

    private func check() throws(StoreError) {
        if broken.withLock({ $0 }) { throw .failed(operation: "reach the database", reason: "disk I/O error") }
    }

    func ping() throws(StoreError) {
        try check()
        try store.ping()
    }
    func token(id: String) throws(StoreError) -> APITokenRecord? {
        try check()
        return try store.token(id: id)
    }
    func tokens() throws(StoreError) -> [APITokenRecord] {
        try check()
        return try store.tokens()
    }
    func insertTokens(_ records: [APITokenRecord]) throws(StoreError) {
        try check()
        try store.insertTokens(records)
    }
    func revokeToken(id: String, at date: Date) throws(StoreError) -> Bool {
        try check()
        return try store.revokeToken(id: id, at: date)
    }
    func save(_ module: TeachingModule, for learnerName: String, note: String?, tags: [String]) throws(StoreError)
        -> SaveOutcome
    {
        try check()
        return try store.save(module, for: learnerName, note: note, tags: tags)
    }
    func savedModules(for learnerName: String) throws(StoreError) -> [SavedModule] {
        try check()
        return try store.savedModules(for: learnerName)
    }
    func savedModule(moduleID: String, for learnerName: String) throws(StoreError) -> SavedModule? {
        try check()
        return try store.savedModule(moduleID: moduleID, for: learnerName)
    }
    func isSavedByAnyone(moduleID: String) throws(StoreError) -> Bool {
        try check()
        return try store.isSavedByAnyone(moduleID: moduleID)
    }
    func update(id: Int64, note: String?, tags: [String]) throws(StoreError) {
        try check()
        try store.update(id: id, note: note, tags: tags)
    }
    func delete(id: Int64) throws(StoreError) -> Bool {
        try check()
        return try store.delete(id: id)
    }
    func heartbeat(instance: String, at date: Date) throws(StoreError) {
        try check()
        try store.heartbeat(instance: instance, at: date)
    }
    func claimConversation(_ key: String, instance: String, at date: Date) throws(StoreError) -> ConversationOwner {
        try check()
        return try store.claimConversation(key, instance: instance, at: date)
    }
    func conversationOwner(_ key: String) throws(StoreError) -> ConversationOwner? {
        try check()
        return try store.conversationOwner(key)
    }
    func releaseConversations(_ keys: [String], instance: String) throws(StoreError) {
        try check()
        try store.releaseConversations(keys, instance: instance)
    }
    func forgetInstances(silentSince date: Date) throws(StoreError) -> Int {
        try check()
        return try store.forgetInstances(silentSince: date)
    }
}

/// The server under test: fake analyser and generator, a manual clock, users u1 and u2.
struct ServerFixture {
    let clock = ManualClock()
    let store: BreakableStore
    let generator: FakeGenerator
    let server: ChatTutorServer
    /// user → bearer token.
    let tokens: [String: String]

    /// - Parameters:
    ///   - engineBatchSize: the engine's batch size when it is not the configuration's.
    ///   - sharing: another fixture whose store (and tokens) this one uses, as a second
    ///     instance sharing one database would.
    init(
        _ configure: (inout ServerConfiguration) -> Void = { _ in }, generator: FakeGenerator = FakeGenerator(),
        engineBatchSize: Int? = nil, sharing other: ServerFixture? = nil
    ) throws {
        var configuration = ServerConfiguration()
        configuration.batchSize = 2
        configure(&configuration)
        self.generator = generator
        if let other {
            store = other.store
            tokens = other.tokens
        } else {
            store = try BreakableStore()
            var tokens: [String: String] = [:]
            for user in ["u1", "u2"] {
                let token = APIToken.generate()
                try store.store.insertTokens([token.record(for: user)])
                tokens[user] = token.value
            }
            self.tokens = tokens
        }
        let engine = Engine(
            configuration: EngineConfiguration(batchSize: engineBatchSize ?? configuration.batchSize, idleTimeout: nil),
            analyser: FakeAnalyser(), generator: generator)
        let clock = clock
        server = ChatTutorServer(
            configuration: configuration, engine: engine, store: store,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), now: { clock.now.offset })
    }

    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server.makeTestApplication().test(.router, body)
    }
}

/// One request: JSON in, the response back.
@discardableResult
func call(
    _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String? = nil,
    json: String? = nil, headers extra: HTTPFields = [:]
) async throws -> TestResponse {
    var headers = extra
    if let token { headers[.authorization] = "Bearer \(token)" }
    if json != nil { headers[.contentType] = "application/json" }
    return try await client.execute(
        uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
}

extension TestResponse {
    /// The body parsed as a JSON object.
    func object() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(body.readableBytesView))
        return try #require(value as? [String: Any])
    }

    /// The error code of an error body.
    func errorCode() throws -> String? {
        (try object()["error"] as? [String: Any])?["code"] as? String
    }

    var text: String { String(buffer: body) }
}

/// A message body of the contract.
func messageJSON(_ conversation: String, user: String = "u1", speaker: String = "learner", text: String) -> String {
    let encoded = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    return #"{"conversation_id":"\#(conversation)","user_id":"\#(user)","speaker":"\#(speaker)","text":\#(encoded)}"#
}

/// Polls the module list until the conversation is finished; fails after about 10 s.
func waitUntilFinished(_ client: any TestClientProtocol, _ conversation: String, token: String) async throws -> [String:
    Any]
{
    for _ in 0..<1000 {
        let list = try await call(client, .get, "/teaching_modules/list/\(conversation)", token: token).object()
        if list["finished"] as? Bool == true { return list }
        try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("conversation \(conversation) did not finish")
    return [:]
}

/// Posts learner messages with errors the fake analyser finds, ends the conversation and
/// waits until its modules are made; returns the module ids.
func makeFinishedConversation(
    _ client: any TestClientProtocol, _ conversation: String, token: String, user: String = "u1"
) async throws -> [String] {
    for text in ["My day was bad", "It is wrong today", "I like tea"] {
        let response = try await call(
            client, .post, "/message", token: token, json: messageJSON(conversation, user: user, text: text))
        #expect(response.status == .accepted)
    }
    do {
        let value = try await call(client, .post, "/end_conversation/\(conversation)", token: token).status
        #expect(value == .accepted)
    }
    let list = try await waitUntilFinished(client, conversation, token: token)
    let modules = try #require(list["modules"] as? [[String: Any]])
    return modules.compactMap { $0["id"] as? String }
}
