// Writes `saved export --out FILE`: like `/export`, an existing file is not replaced unless asked.

import Foundation

/// The file side of `chattutor saved export --out`.
public enum SavedExportFile {
    /// Writes `data` whole (through a temporary file and a rename), owner-only: it holds what
    /// the learner wrote. An existing `path` is refused, as `/export` refuses it, unless
    /// `replacing` (`--force`).
    public static func write(_ data: Data, to path: String, replacing: Bool) throws(UserError) {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if !replacing, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UserError(key: "saved.export_exists", ["path": path], exitCode: 73)
        }
        do {
            try data.write(to: url, options: [.atomic])
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            let reason = WriteFailure.reason(writing: url, error: error)
            throw UserError(key: "saved.cannot_write", ["path": path, "reason": reason], exitCode: 73)
        }
    }
}
