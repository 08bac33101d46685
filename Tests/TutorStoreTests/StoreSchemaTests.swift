// SQLite's migrations are the named versions every store runs.

import Testing

@testable import TutorStore

@Suite("The schema's versions")
struct StoreSchemaTests {
    @Test("SQLite's migrations are StoreSchema's, by name and order")
    func sameNames() {
        #expect(ModuleStore.migrator.migrations == StoreSchema.migrationIdentifiers)
    }
}
