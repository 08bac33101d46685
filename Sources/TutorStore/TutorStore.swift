// Saved modules in SQLite (GRDB).
