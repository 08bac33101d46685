// A --db path the user typed: a missing folder or a folder itself is an error that says so.

import Foundation
import Testing
import TutorApp
import TutorTestSupport

@Suite("Chosen database path")
struct ChosenDatabasePathTests {
    @Test("a file in an existing folder passes; a missing folder is named and not created; a folder needs a file name")
    func check() throws {
        let directory = try TemporaryDirectory("tutorapp-db")
        let folder = directory.path
        try ChosenDatabasePath.check(folder + "/x.sqlite")
        let missing = folder + "/no/such/dir"
        let noFolder = #expect(throws: UserError.self) { try ChosenDatabasePath.check(missing + "/x.sqlite") }
        #expect(noFolder?.message.contains("the folder \(missing) does not exist") == true)
        #expect(!FileManager.default.fileExists(atPath: folder + "/no"), "nothing is created")
        let isFolder = #expect(throws: UserError.self) { try ChosenDatabasePath.check(folder) }
        #expect(isFolder?.message.contains("is a folder") == true)
        #expect(isFolder?.message.contains("Move it aside") == false)
    }
}
