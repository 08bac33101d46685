// The server's store in PostgreSQL: shared by several `chattutor serve` instances.

import Foundation
import Logging
import PostgresNIO
import TutorCore
import TutorStore

/// The ``ServerStore`` over a PostgreSQL database, through a postgres-nio connection pool.
///
/// Several server instances share one database: each write is one transaction, uniqueness
/// (a learner's name, a learner's save of a module) is the database's constraint, and
/// concurrent saves of the same module or lesson resolve to one save (`ON CONFLICT DO NOTHING`,
/// and a learner's saves take turns on the learner's row).
/// Every operation has a deadline: a database that does not answer is a
/// ``StoreError/unreachable(database:operation:reason:)`` after `operationTimeout`, never a hang.
///
/// The pool works only while ``run()`` runs (in a task of its own, for the store's life).
public final class PostgresStore: ServerStore {
    /// Where the database is; its description hides the password.
    public let url: DatabaseURL
    let client: PostgresClient
    let logger: Logger
    let operationTimeout: Duration

    /// A store over the database at `url`. Nothing connects until ``run()`` runs and an
    /// operation needs a connection; call ``migrate()`` before serving.
    ///
    /// - Parameters:
    ///   - maximumConnections: connections the pool may open to the database.
    ///   - operationTimeout: how long an operation may take, waiting for a connection included.
    public init(
        url: DatabaseURL, maximumConnections: Int = 10, operationTimeout: Duration = .seconds(5),
        logger: Logger = Logger(label: "chattutor.store.postgres")
    ) {
        self.url = url
        self.logger = logger
        self.operationTimeout = operationTimeout
        var configuration: PostgresClient.Configuration
        if let socketPath = url.socketPath {
            configuration = .init(
                unixSocketPath: socketPath, username: url.user, password: url.password, database: url.database)
        } else {
            configuration = .init(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: Self.tls(for: url.tlsMode))
        }
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = operationTimeout
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    }

    /// Runs the connection pool until the task is cancelled. Start it before any operation.
    public func run() async {
        await client.run()
    }

    /// The TLS configuration an `sslmode` asks for, with libpq's meanings: none for `disable`, no
    /// certificate check for `prefer` and `require`, the authority but not the host name for
    /// `verify-ca`, both for `verify-full`.
    static func tlsConfiguration(for mode: DatabaseURL.TLSMode) -> TLSConfiguration? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return nil
        case .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: break
        }
        return configuration
    }

    /// The pool's TLS setting for an `sslmode`.
    static func tls(for mode: DatabaseURL.TLSMode) -> PostgresClient.Configuration.TLS {
        guard let configuration = tlsConfiguration(for: mode) else { return .disable }
        return mode == .prefer ? .prefer(configuration) : .require(configuration)
    }

    // MARK: - Running operations

    private enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        case timedOut
    }

    private struct TimedOut: Error {}

    /// Runs `body` against the pool within `operationTimeout`, naming `operation` in errors.
    @discardableResult
    func perform<Value: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (PostgresClient) async throws -> Value
    ) async throws(StoreError) -> Value {
        let (client, timeout) = (client, operationTimeout)
        do {
            return try await withThrowingTaskGroup(of: Outcome<Value>.self) { group in
                group.addTask { .finished(try await body(client)) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return .timedOut
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), case .finished(let value) = first else { throw TimedOut() }
                return value
            }
        } catch is TimedOut {
            // The pool retries a failed login quietly until the deadline: one connection of
            // its own says why none could be opened (a wrong password, not a slow database).
            throw await diagnosis(operation: operation)
                ?? .unreachable(
                    database: url.description, operation: operation,
                    reason: "no answer within \(timeout.components.seconds) s")
        } catch {
            throw StoreError(postgres: error, database: url.description, operation: operation)
        }
    }

    /// Opens one connection outside the pool, so a wrong password or database name is
    /// reported as such at once (the pool retries a refused login until the deadline).
    ///
    /// - Throws: ``StoreError``: `.refused` for a refused login, `.unreachable` otherwise.
    public func checkLogin() async throws(StoreError) {
        if let error = await diagnosis(operation: "connect to the database") { throw error }
    }

    /// Why a connection cannot be opened, from one attempt outside the pool (bounded by
    /// `operationTimeout`); nil when it opens, or when the attempt itself times out.
    func diagnosis(operation: String) async -> StoreError? {
        let (url, logger, timeout) = (url, logger, operationTimeout)
        var configuration: PostgresConnection.Configuration
        if let socketPath = url.socketPath {
            configuration = .init(
                unixSocketPath: socketPath, username: url.user, password: url.password, database: url.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            do {
                tls = try Self.connectionTLS(for: url.tlsMode)
            } catch {
                return .failed(operation: operation, reason: "the TLS settings could not be used: \(error)")
            }
            configuration = .init(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: tls)
        }
        let (seconds, attoseconds) = timeout.components
        configuration.options.connectTimeout = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        let attempt = Task<StoreError?, Never> {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: configuration, id: 0, logger: logger)
                try? await connection.close()
                return nil
            } catch {
                return StoreError(postgres: error, database: url.description, operation: operation)
            }
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            attempt.cancel()
        }
        defer { timer.cancel() }
        let result = await attempt.value
        if case .unreachable(_, _, let reason) = result, reason.contains("cancel") { return nil }
        return result
    }

    /// The TLS setting of a single connection, as `tls(for:)` is the pool's.
    static func connectionTLS(for mode: DatabaseURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        guard let configuration = tlsConfiguration(for: mode) else { return .disable }
        let context = try NIOSSLContext(configuration: configuration)
        return mode == .prefer ? .prefer(context) : .require(context)
    }

    /// Runs `body` in one transaction on one connection: all of it, or none.
    @discardableResult
    func transaction<Value: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> Value
    ) async throws(StoreError) -> Value {
        let logger = logger
        return try await perform(operation) { client in
            try await client.withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in try await body(connection, logger)
                }
            }
        }
    }
}
