// `saved import`: saves module JSON files (such as `analyze --out DIR`'s validated/ files).

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorStore
import TutorUI

struct SavedImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Save module JSON files, such as those `chattutor analyze --out DIR` writes to DIR/validated.",
        discussion:
            "Each module is validated first; invalid ones are skipped with the failed check named. A module saved before is not duplicated."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Module JSON files, or directories of them.")
    var paths: [String]

    func validate() throws {
        let strings = MessageLanguage.strings()
        guard !paths.isEmpty else { throw ValidationError(strings("cli.option.import_paths")) }
    }

    func run() async throws {
        try await reportingUserErrors {
            let strings = MessageLanguage.strings()
            let moduleStore = try store.openStore()
            let validator = try BuiltinParts().validator
            var saved = 0
            var existing = 0
            var skipped = 0
            for url in try Self.files(paths) {
                let module: TeachingModule
                do {
                    module = try JSONDecoder().decode(TeachingModule.self, from: Data(contentsOf: url))
                } catch {
                    let said = strings("saved.skipped_not_module", ["path": url.path])
                    FileHandle.standardError.write(Data((said + "\n").utf8))
                    skipped += 1
                    continue
                }
                let report = validator.validate(module)
                guard report.passed else {
                    let failed = report.checks.filter { !$0.passed }.map(\.name).joined(separator: ", ")
                    let said = strings("saved.skipped_invalid", ["path": url.path, "checks": failed])
                    FileHandle.standardError.write(Data((said + "\n").utf8))
                    skipped += 1
                    continue
                }
                switch try moduleStore.save(module, for: store.userName) {
                case .saved: saved += 1
                case .alreadySaved: existing += 1
                }
            }
            print(
                strings.count(
                    "saved.imported", saved, ["name": store.userName, "existing": existing, "skipped": skipped]))
            if saved + existing == 0 { throw ExitCode(65) }
        }
    }

    /// The JSON files named, directories expanded (sorted, not recursive).
    static func files(_ paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UserError.noInput(MessageLanguage.strings()("saved.no_such_path", ["path": path]))
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".json") }.sorted().map {
                    URL(fileURLWithPath: path).appendingPathComponent($0)
                }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files
    }
}
