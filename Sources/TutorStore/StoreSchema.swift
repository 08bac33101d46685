// The schema's versions by name: the same list for SQLite and PostgreSQL.

/// The versioned migrations every store runs, oldest first. SQLite's (GRDB's migrator) and
/// PostgreSQL's (TutorStorePostgres) have one migration for each name, with the same
/// tables and columns in each dialect; a test holds both lists to this one.
public enum StoreSchema {
    /// Never rename or edit a shipped migration: add a new one at the end, in both dialects.
    public static let migrationIdentifiers = [
        "v1: learners and saved modules",
        "v2: review schedule and log",
        "v3: API tokens",
        "v4: conversation owners",
    ]
}
