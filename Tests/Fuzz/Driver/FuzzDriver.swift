// Runs one fuzz target: under libFuzzer when built for fuzzing, else over files given.

import Foundation
import TutorFuzzTargets

/// `FUZZ_TARGET=<name> chattutor-fuzz [libFuzzer options] [corpus directories]` when built with
/// `-sanitize=fuzzer -DFUZZING` (scripts/fuzz does); `chattutor-fuzz <name> FILE...` otherwise,
/// to replay inputs by hand (a failed invariant exits 1, a crash crashes).
@main
struct FuzzDriver {
    static func main() {
        #if FUZZING
            guard let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))
            else {
                fail("set FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            selected = target
            // libFuzzer's options, with the target's input limit unless one is given.
            var arguments = CommandLine.arguments
            if !arguments.contains(where: { $0.hasPrefix("-max_len=") }) {
                arguments.insert("-max_len=\(target.maximumInputByteCount)", at: min(1, arguments.count))
            }
            var cArguments = arguments.map { strdup($0) } + [nil]
            var argumentCount = CInt(arguments.count)
            let code = cArguments.withUnsafeMutableBufferPointer { buffer -> CInt in
                guard var start = buffer.baseAddress else { return 1 }
                return LLVMFuzzerRunDriver(&argumentCount, &start, fuzzOneInput)
            }
            exit(code)
        #else
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                fail(
                    "usage: chattutor-fuzz TARGET FILE... (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read") }
                do {
                    try target.run(Array(data))
                } catch {
                    fail("\(path): \(error)")
                }
            }
        #endif
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("chattutor-fuzz: \(message)\n".utf8))
        exit(1)
    }
}

#if FUZZING
    /// The target libFuzzer runs; set once, before fuzzing starts, on the one thread that fuzzes.
    nonisolated(unsafe) private var selected = FuzzTarget.inputDecoder

    /// libFuzzer's entry into the target: an invariant that fails is a crash, and libFuzzer keeps
    /// the input.
    private func runOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        do {
            try selected.run(bytes)
        } catch {
            fatalError("\(selected.rawValue): \(error)")
        }
        return 0
    }

    private let fuzzOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { runOne($0, $1) }

    /// libFuzzer's own `main` is replaced by `FuzzDriver.main` (SwiftPM links an executable's
    /// entry point as `main`), which calls this to fuzz.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The C symbol libFuzzer exports, spelled as it is.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argumentCount: UnsafeMutablePointer<CInt>,
        _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// libFuzzer's `main`, linked in but not used, calls this symbol: it must exist.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt { runOne(start, count) }
#endif
