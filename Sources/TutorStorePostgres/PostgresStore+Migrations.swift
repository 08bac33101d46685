// The schema in PostgreSQL's dialect: the same versioned migrations as SQLite's, by name.

import PostgresNIO
import TutorStore

extension PostgresStore {
    /// One migration: its name (as in ``StoreSchema/migrationIdentifiers``) and statements.
    /// Unquoted identifiers: PostgreSQL folds `learnerId` to `learnerid`, in the DDL and the
    /// queries alike.
    struct Migration: Sendable {
        var identifier: String
        var statements: [String]
    }

    /// Every migration, oldest first: the tables and columns of ModuleStore's, in this
    /// dialect. Never edit one that has shipped: add a new one, in both dialects.
    static let migrations = [
        Migration(
            identifier: "v1: learners and saved modules",
            statements: [
                "CREATE TABLE learner (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, createdAt TIMESTAMPTZ NOT NULL)",
                """
                CREATE TABLE saved_module (
                  id BIGSERIAL PRIMARY KEY, learnerId BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  moduleId TEXT NOT NULL, moduleJSON TEXT NOT NULL, focusLabel TEXT NOT NULL, errorType TEXT NOT NULL,
                  ruleID TEXT NOT NULL, original TEXT NOT NULL, correction TEXT NOT NULL, correctedSentence TEXT NOT NULL,
                  note TEXT, tags TEXT NOT NULL DEFAULT '[]', savedAt TIMESTAMPTZ NOT NULL, updatedAt TIMESTAMPTZ NOT NULL,
                  UNIQUE (learnerId, moduleId))
                """,
                "CREATE INDEX saved_module_on_learnerId ON saved_module (learnerId)",
                "CREATE INDEX saved_module_on_moduleId ON saved_module (moduleId)",
            ]),
        Migration(
            identifier: "v2: review schedule and log",
            statements: [
                """
                CREATE TABLE review_card (
                  savedModuleId BIGINT PRIMARY KEY REFERENCES saved_module(id) ON DELETE CASCADE,
                  state INTEGER NOT NULL, step INTEGER, stability DOUBLE PRECISION, difficulty DOUBLE PRECISION,
                  due TIMESTAMPTZ NOT NULL, lastReview TIMESTAMPTZ, reviewCount INTEGER NOT NULL DEFAULT 0)
                """,
                "CREATE INDEX review_card_due ON review_card (due)",
                """
                CREATE TABLE review_log (
                  id BIGSERIAL PRIMARY KEY,
                  savedModuleId BIGINT NOT NULL REFERENCES saved_module(id) ON DELETE CASCADE,
                  learnerId BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  reviewedAt TIMESTAMPTZ NOT NULL, rating INTEGER NOT NULL, stateBefore INTEGER NOT NULL,
                  state INTEGER NOT NULL, step INTEGER, stability DOUBLE PRECISION NOT NULL,
                  difficulty DOUBLE PRECISION NOT NULL, due TIMESTAMPTZ NOT NULL, problemIndex INTEGER NOT NULL,
                  answeredCorrectly BOOLEAN)
                """,
                "CREATE INDEX review_log_on_savedModuleId ON review_log (savedModuleId)",
                "CREATE INDEX review_log_learner_time ON review_log (learnerId, reviewedAt)",
                "INSERT INTO review_card (savedModuleId, state, step, due) SELECT id, 0, 0, savedAt FROM saved_module",
            ]),
        Migration(
            identifier: "v3: API tokens",
            statements: [
                """
                CREATE TABLE api_token (
                  id TEXT PRIMARY KEY, userName TEXT NOT NULL, hash BYTEA NOT NULL, createdAt TIMESTAMPTZ NOT NULL,
                  revokedAt TIMESTAMPTZ)
                """,
                "CREATE INDEX api_token_user ON api_token (userName)",
            ]),
        Migration(
            identifier: "v4: conversation owners",
            statements: [
                // Which instance started each conversation: ids and times only, no chat text.
                "CREATE TABLE server_instance (id TEXT PRIMARY KEY, startedAt TIMESTAMPTZ NOT NULL, heartbeatAt TIMESTAMPTZ NOT NULL)",
                """
                CREATE TABLE conversation_owner (
                  conversationKey TEXT PRIMARY KEY, instanceId TEXT NOT NULL, startedAt TIMESTAMPTZ NOT NULL)
                """,
                "CREATE INDEX conversation_owner_on_instanceId ON conversation_owner (instanceId)",
            ]),
    ]

    /// A key for `pg_advisory_xact_lock`: instances starting at once migrate one at a time.
    static let migrationLockKey: Int64 = 0x4368_6174_5475_7472  // "ChatTutr"

    /// Runs the migrations this database lacks, all in one transaction under an advisory
    /// lock, so several instances starting together migrate once. A database migrated by a
    /// newer ChatTutor is refused untouched.
    ///
    /// - Throws: ``StoreError``: `.newerSchema` for a newer database, `.unreachable` when
    ///   it does not answer.
    public func migrate() async throws(StoreError) {
        let database = url.description
        try await transaction("migrate the database") { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS chattutor_migrations (identifier TEXT PRIMARY KEY, appliedAt TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
            var applied = Set<String>()
            for try await identifier in try await connection.query(
                "SELECT identifier FROM chattutor_migrations", logger: logger
            )
            .decode(String.self) {
                applied.insert(identifier)
            }
            guard applied.isSubset(of: Self.migrations.map(\.identifier)) else {
                throw StoreError.newerSchema(path: database)
            }
            for migration in Self.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO chattutor_migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
            }
        }
    }

    /// The migrations this database has run, oldest first.
    public func appliedMigrations() async throws(StoreError) -> [String] {
        try await perform("read the schema version") { client in
            var identifiers: [String] = []
            let rows = try await client.query(
                "SELECT identifier FROM chattutor_migrations ORDER BY appliedAt, identifier")
            for try await identifier in rows.decode(String.self) { identifiers.append(identifier) }
            return identifiers
        }
    }
}
