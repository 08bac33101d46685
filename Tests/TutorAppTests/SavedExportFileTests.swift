// `saved export --out FILE` refuses an existing file, as `/export` does, unless --force.

import Foundation
import Testing
import TutorApp
import TutorTestSupport

@Suite("Saved export file")
struct SavedExportFileTests {
    @Test("a new file is written owner-only; an existing one is kept unless replacing is asked")
    func refusesExisting() throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        let path = folder + "/f.txt"
        try SavedExportFile.write(Data("first\n".utf8), to: path, replacing: false)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let refused = #expect(throws: UserError.self) {
            try SavedExportFile.write(Data("second\n".utf8), to: path, replacing: false)
        }
        #expect(refused?.message.contains("already exists; nothing was replaced") == true)
        #expect(refused?.message.contains("--force") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        try SavedExportFile.write(Data("second\n".utf8), to: path, replacing: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
    }
}
