// What only the PostgreSQL store does: migrations shared by instances, TLS, and a database that is not there.

import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

@testable import TutorStorePostgres

@Suite("The PostgreSQL store", .enabled(if: StoreKind.postgresURL != nil, "no test cluster (scripts/pg-test-cluster)"))
struct PostgresStoreTests {
    @Test("a new database runs every migration, named as SQLite's; running again changes nothing")
    func migrations() async throws {
        try await withTestDatabase { url in
            try await withPostgresStore(url) { store in
                try await store.migrate()
                #expect(try await store.appliedMigrations() == StoreSchema.migrationIdentifiers)
                try await store.migrate()
                #expect(try await store.appliedMigrations() == StoreSchema.migrationIdentifiers)
            }
        }
    }

    @Test("instances starting together migrate once")
    func concurrentMigrations() async throws {
        try await withTestDatabase { url in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await withPostgresStore(url) { store in try await store.migrate() } }
                }
                try await group.waitForAll()
            }
            let applied = try await withPostgresStore(url) { store in try await store.appliedMigrations() }
            #expect(applied == StoreSchema.migrationIdentifiers)
        }
    }

    @Test("a save made through one instance is listed by another")
    func sharedBetweenInstances() async throws {
        try await withTestDatabase { url in
            try await withPostgresStore(url) { first in
                try await withPostgresStore(url) { second in
                    try await first.migrate()
                    let saved = try await first.save(makeModule("m-1"), for: "minji", note: nil, tags: []).savedModule
                    #expect(try await second.savedModules(for: "minji") == [saved])
                }
            }
        }
    }

    @Test("a database a newer ChatTutor migrated is refused untouched")
    func newerSchema() async throws {
        try await withTestDatabase { url in
            try await withPostgresStore(url) { store in
                try await store.migrate()
                try await administer(
                    url, "INSERT INTO chattutor_migrations (identifier) VALUES ('v99: from the future')")
                await #expect(throws: StoreError.newerSchema(path: url.description)) { try await store.migrate() }
            }
        }
    }

    @Test("sslmode=require connects over TLS")
    func requireTLS() async throws {
        let text = try #require(StoreKind.postgresURL)
        var url = try DatabaseURL(text)
        url.tlsMode = .require
        // The store's own connection is asked whether it is encrypted (pg_stat_ssl of its
        // backend), not a connection the test opens. The deadline is the test's, longer than
        // the default: this asks whether TLS works, not how fast a loaded machine opens a
        // pool's first TLS connection (over 10 s once, on 2 busy cores). A broken TLS setup
        // still fails, and as what it is: at the deadline the store's diagnosis (a connection
        // of its own) says why none opened.
        let encrypted = try await withPostgresStore(url, operationTimeout: Self.tlsDeadline) { store in
            try await store.perform("check the connection's encryption") { client in
                var rows: [Bool] = []
                for try await ssl in try await client.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    .decode(Bool.self)
                {
                    rows.append(ssl)
                }
                return rows
            }
        }
        #expect(encrypted == [true])
    }

    /// How long `requireTLS` waits for the store's first TLS connection.
    static let tlsDeadline: Duration = .seconds(30)

    @Test("a wrong password is a refused login, said so, whose message hides the password")
    func wrongPassword() async throws {
        let text = try #require(StoreKind.postgresURL)
        var url = try DatabaseURL(text)
        url.password = "not-the-password-5150"
        try await withPostgresStore(url) { store in
            do {
                try await store.ping()
                Issue.record("a wrong password was accepted")
            } catch let error as StoreError {
                guard case .refused = error else {
                    Issue.record("expected a refused login, got \(error)")
                    return
                }
                #expect("\(error)".contains("password authentication failed"))
                #expect(!"\(error)".contains("5150"))
            }
        }
    }
}

@Suite("Without a database")
struct PostgresUnreachableTests {
    @Test("a database that is not there is an error within the deadline, never a hang")
    func nothingListening() async throws {
        // Port 9 (discard) on loopback: nothing listens there.
        let url = try DatabaseURL("postgres://chattutor:secret-7731@127.0.0.1:9/chattutor?sslmode=disable")
        try await withPostgresStore(url, operationTimeout: .seconds(2)) { store in
            let error = await #expect(throws: StoreError.self) { try await store.ping() }
            guard case .unreachable(let database, _, _) = error else {
                Issue.record("expected unreachable, got \(String(describing: error))")
                return
            }
            #expect(database == "postgres://chattutor:***@127.0.0.1:9/chattutor?sslmode=disable")
            #expect(!"\(String(describing: error))".contains("secret-7731"))
        }
    }

    @Test("both dialects have the same migrations, by name and order")
    func sameMigrations() {
        #expect(PostgresStore.migrations.map(\.identifier) == StoreSchema.migrationIdentifiers)
    }
}

@Suite("PostgreSQL under CI")
struct PostgresAvailabilityTests {
    @Test("under CI the PostgreSQL tests run: the test cluster must be there")
    func clusterUnderCI() {
        if StoreKind.isCI {
            #expect(
                StoreKind.postgresURL != nil,
                "CI=true but CHATTUTOR_TEST_DATABASE_URL is not set: scripts/test starts the cluster")
        }
    }
}
