// The options of every command that uses the saved-modules database: --user and --db.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorStore

/// Whose saved modules, in which database.
struct StoreOptions: ParsableArguments {
    @Option(help: "The learner profile (default: your user name).")
    var user: String?

    @Option(help: "The saved-modules database (default: $XDG_DATA_HOME/chattutor/chattutor.sqlite).")
    var db: String?

    var userName: String {
        user ?? ProcessEnvironment.variables["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    }

    var url: URL { db.map { URL(fileURLWithPath: $0) } ?? ModuleStore.defaultURL() }

    /// Opens (creating and migrating if need be) the database; a failure is a `UserError`
    /// that says what to do.
    func openStore() throws -> ModuleStore {
        if let db { try ChosenDatabasePath.check(db) }
        do {
            return try ModuleStore(url: url)
        } catch {
            throw UserError.cannotCreate("\(error)")
        }
    }

    /// Opens the database only if it exists: commands that read or change saved modules
    /// never create an empty database as a side effect.
    func openExistingStore() throws -> ModuleStore {
        guard FileManager.default.fileExists(atPath: url.path) else {
            let strings = MessageLanguage.strings()
            throw UserError.noInput(strings("saved.no_database", ["path": url.path]))
        }
        return try openStore()
    }

    /// Opens the database only if it exists, for commands that only read (list, show,
    /// export): a file the user cannot write (a backup, a read-only copy) is read as it is.
    func openExistingStoreForReading() throws -> ModuleStore {
        guard FileManager.default.fileExists(atPath: url.path) else { return try openExistingStore() }
        if let db { try ChosenDatabasePath.check(db) }
        do {
            return try ModuleStore(url: url)
        } catch .readOnly {
            do {
                return try ModuleStore(readingFrom: url)
            } catch {
                throw UserError.noInput("\(error)")
            }
        } catch {
            throw UserError.cannotCreate("\(error)")
        }
    }
}
