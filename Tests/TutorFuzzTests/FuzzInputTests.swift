// Replays every fuzz seed and every kept crash, so a fixed crash stays fixed without the fuzzer.

import Foundation
import Testing
import TutorFuzzTargets

@Suite("Fuzz inputs")
struct FuzzInputTests {
    /// `Tests/Fuzz`, found from this file: the inputs are plain files in the repository.
    private static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The files of `Tests/Fuzz/<kind>/<target>`, sorted; none when the folder does not exist.
    private static func inputs(_ kind: String, of target: FuzzTarget) -> [URL] {
        let folder = fuzzDirectory.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every seed and every kept crash runs with its invariants holding", arguments: FuzzTarget.allCases)
    func replay(target: FuzzTarget) throws {
        let seeds = Self.inputs("Corpus", of: target)
        #expect(!seeds.isEmpty, "no seeds for \(target.rawValue)")
        for file in seeds + Self.inputs("Regressions", of: target) {
            let bytes = try Data(contentsOf: file)
            #expect(throws: Never.self, "\(target.rawValue)/\(file.lastPathComponent)") { try target.run(Array(bytes)) }
        }
    }

    @Test("seeds fit under the fuzzer's input limit", arguments: FuzzTarget.allCases)
    func seedsFit(target: FuzzTarget) throws {
        for file in Self.inputs("Corpus", of: target) {
            let size = try Data(contentsOf: file).count
            #expect(size <= target.maximumInputByteCount, "\(file.lastPathComponent) is \(size) bytes")
        }
    }
}
