// Why a file or folder could not be written, in words (not "NSCocoaErrorDomain error 512").

import Foundation

/// Describes a failed write to `url` by looking at the path itself, which Foundation's errors
/// on Linux often do not say plainly ("The file doesn't exist" for a missing folder, a bare
/// domain and code for a folder given as a file).
public enum WriteFailure {
    /// A reason such as "it is a folder; name a file" or "the folder /x does not exist".
    public static func reason(writing url: URL, error: any Error, expectingFolder: Bool = false) -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue, !expectingFolder { return "it is a folder; name a file" }
            if !isDirectory.boolValue, expectingFolder { return "it is a file; name a folder" }
        }
        // The nearest folder above that exists says whether the path can be reached and written.
        var parent = url.deletingLastPathComponent()
        while parent.path != "/", !manager.fileExists(atPath: parent.path, isDirectory: &isDirectory) {
            parent = parent.deletingLastPathComponent()
        }
        if parent.path != url.deletingLastPathComponent().path, !expectingFolder {
            return "the folder \(url.deletingLastPathComponent().path) does not exist"
        }
        if !isDirectory.boolValue { return "\(parent.path) is a file, not a folder" }
        if !manager.isWritableFile(atPath: parent.path) { return "you may not write in \(parent.path)" }
        if !manager.fileExists(atPath: url.path), saysMissing(error) {
            // The folder is there and looks writable, yet refuses a new entry (/proc, /sys).
            return
                "the folder \(parent.path) cannot be written (it takes no new \(expectingFolder ? "folders" : "files"))"
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        // Foundation's own sentence, as a clause: "The file doesn’t exist." → "the file doesn’t exist".
        var sentence = (error as NSError).localizedFailureReason ?? "the system refused it"
        if sentence.hasSuffix(".") { sentence.removeLast() }
        return sentence.prefix(1).lowercased() + sentence.dropFirst()
    }

    /// Whether `error` says "no such file", which for a path whose folder exists is misleading.
    private static func saysMissing(_ error: any Error) -> Bool {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return error.code == Int(ENOENT) }
        if error.domain == NSCocoaErrorDomain, [NSFileNoSuchFileError, NSFileReadNoSuchFileError].contains(error.code) {
            return true
        }
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ENOENT)
    }
}
