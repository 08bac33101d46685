// The stores the contract suite runs against: SQLite always, PostgreSQL when a cluster is there.

import Foundation
import PostgresNIO
import Testing
import TutorCore
import TutorStore
import TutorStorePostgres

/// Which implementation of ``ServerStore`` a test runs on.
enum StoreKind: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The throwaway cluster's URL (scripts/pg-test-cluster; scripts/test sets it).
    static let postgresURL = ProcessInfo.processInfo.environment["CHATTUTOR_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }
    /// Under CI the PostgreSQL tests must run: `PostgresAvailabilityTests` fails without a cluster.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// SQLite, and PostgreSQL when a cluster is there.
    static let available: [StoreKind] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
}

/// Runs `body` on a new, empty, migrated store of `kind`: SQLite in memory, or a database of
/// its own in the test cluster (dropped afterwards).
func withStore<T: Sendable>(_ kind: StoreKind, _ body: @Sendable (any ServerStore) async throws -> T) async throws -> T
{
    switch kind {
    case .sqlite:
        return try await body(ModuleStore.inMemory())
    case .postgres:
        return try await withTestDatabase { url in
            try await withPostgresStore(url) { store in
                try await store.migrate()
                return try await body(store)
            }
        }
    }
}

/// Runs `body` with a PostgresStore whose pool runs for as long as `body` does.
func withPostgresStore<T: Sendable>(
    _ url: DatabaseURL, operationTimeout: Duration = .seconds(10), _ body: @Sendable (PostgresStore) async throws -> T
) async throws -> T {
    var logger = testLogger
    logger.logLevel = .critical  // the pool's connection retries are expected in some tests
    let store = PostgresStore(url: url, maximumConnections: 4, operationTimeout: operationTimeout, logger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await store.run() }
        defer { group.cancelAll() }
        return try await body(store)
    }
}

/// A database of its own in the test cluster for `body`, dropped afterwards.
func withTestDatabase<T: Sendable>(_ body: @Sendable (DatabaseURL) async throws -> T) async throws -> T {
    let text = try #require(StoreKind.postgresURL)
    let clusterURL = try DatabaseURL(text)
    let name = "test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
    try await administer(clusterURL, "CREATE DATABASE \(name)")
    var url = clusterURL
    url.database = name
    do {
        let result = try await body(url)
        try await administer(clusterURL, "DROP DATABASE \(name) WITH (FORCE)")
        return result
    } catch {
        try? await administer(clusterURL, "DROP DATABASE \(name) WITH (FORCE)")
        throw error
    }
}

/// Runs one statement on the cluster's own database, as the tests' administrator.
func administer(_ url: DatabaseURL, _ sql: String) async throws {
    _ = try await queryRows(url, sql, as: Int.self)
}

/// The first column of every row `sql` returns, through a connection of its own.
func queryRows<Value: PostgresDecodable & Sendable>(_ url: DatabaseURL, _ sql: String, as: Value.Type) async throws
    -> [Value]
{
    let configuration = PostgresConnection.Configuration(
        host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
        tls: url.tlsMode == .disable ? .disable : .require(try NIOSSLContext(configuration: unverifiedTLS)))
    let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: testLogger)
    do {
        var values: [Value] = []
        for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: testLogger).decode(
            Value.self)
        {
            values.append(value)
        }
        try await connection.close()
        return values
    } catch {
        try? await connection.close()
        throw error
    }
}

let testLogger = Logger(label: "chattutor.store.tests")

/// TLS without certificate checks: the test cluster's certificate is self-signed.
let unverifiedTLS: TLSConfiguration = {
    var configuration = TLSConfiguration.makeClientConfiguration()
    configuration.certificateVerification = .none
    return configuration
}()
