// Finds the directories of data files people edit: transcripts/ and themes/.

import Foundation
import TutorCore

/// Looks for a data directory: an explicit option, then an environment variable, then
/// ./NAME, the installed share/chattutor/NAME, and the source checkout the binary was built in.
public enum ResourceLocator {
    /// The first candidate that is a directory; a `UserError` naming the option or variable to set.
    public static func directory(
        _ name: String, environmentKey: String, option: String? = nil, override: String? = nil
    ) throws(UserError) -> URL {
        // The running binary's own path: argv[0] is a bare name when the shell found it on PATH.
        let binary = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let executable = binary.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            override, ProcessEnvironment.variables[environmentKey], name,
            executable.appendingPathComponent("../share/chattutor/\(name)").path,
            executable.appendingPathComponent("../../../\(name)").path,
            executable.appendingPathComponent("../../\(name)").path,
        ].compactMap { $0 }.filter { !$0.isEmpty }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return URL(fileURLWithPath: candidate).standardizedFileURL
            }
        }
        if let override { throw UserError.noInput("\(override) is not a directory") }
        let ways = (option.map { ["pass \($0) DIR"] } ?? []) + ["set \(environmentKey)=DIR", "run scripts/install"]
        throw UserError.noInput(
            "no \(name) directory found (not in ./\(name), nor installed beside this binary): "
                + ways.joined(separator: ", or "))
    }
}
