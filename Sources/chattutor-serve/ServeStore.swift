// The store serve opens: the PostgreSQL database of --database-url, or the SQLite file.

import Foundation
import Logging
import TutorApp
import TutorCommandLine
import TutorConfig
import TutorCore
import TutorServer
import TutorServerConfiguration
import TutorStore
import TutorStorePostgres

/// Opens the store `chattutor serve` and its token commands use, and keeps it working for as
/// long as they run: PostgreSQL (migrated, its connection pool running) when a database URL
/// is given, else the SQLite file of `--db`.
enum ServeStore {
    /// Runs `body` with the store; a PostgreSQL pool runs beside it until `body` returns.
    ///
    /// - Parameters:
    ///   - databaseURL: the resolved `--database-url` / `CHATTUTOR_DATABASE_URL`, if any.
    ///   - sqlitePath: `--db`, used only without a database URL.
    static func with<T: Sendable>(
        databaseURL: String?, sqlitePath: String?, logger: Logger,
        _ body: (any ServerStore, String) async throws -> T
    ) async throws -> T {
        guard let databaseURL else {
            let store: ModuleStore
            do {
                store = try ModuleStore(url: sqlitePath.map { URL(fileURLWithPath: $0) } ?? ModuleStore.defaultURL())
            } catch {
                throw UserError.cannotCreate("\(error)")
            }
            return try await body(store, store.path)
        }
        if sqlitePath != nil {
            throw UserError(message: "pass either --db (SQLite) or --database-url (PostgreSQL), not both", exitCode: 64)
        }
        let url: DatabaseURL
        do {
            url = try DatabaseURL(databaseURL)
        } catch {
            throw UserError(message: "\(error)", exitCode: 78)
        }
        let store = PostgresStore(url: url, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            do {
                try await store.checkLogin()
                try await store.migrate()
            } catch {
                throw UserError(message: "\(error)", exitCode: 69)
            }
            return try await body(store, url.description)
        }
    }
}

extension ServeDatabaseOption {
    /// Runs `body` with the store these options name: `--database-url`, else
    /// CHATTUTOR_DATABASE_URL (or `serve_database_url`), else the SQLite file of `--db`.
    func withStore<T: Sendable>(_ body: (any ServerStore) async throws -> T) async throws -> T {
        let environment = ProcessEnvironment.variables
        let databaseURL: String?
        do {
            let file = try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
            var flags = ServerConfiguration.Flags()
            flags.databaseURL = self.databaseURL
            databaseURL = try ServerConfiguration.resolve(flags: flags, environment: environment, file: file)
                .databaseURL
        } catch {
            throw UserError(message: "\(error)", exitCode: 78)
        }
        var logger = Logger(label: "chattutor.store")
        logger.logLevel = .warning
        return try await ServeStore.with(databaseURL: databaseURL, sqlitePath: db, logger: logger) { store, _ in
            try await body(store)
        }
    }
}
