// The file name `/export` writes when none is given: when the conversation was, and with whom.

import Foundation
import TutorCore

extension AppState {
    /// The file `/export` writes when no name is given, and the one the summary's `e` puts in
    /// the input line: `chattutor-2026-12-07-1432-restaurant.md`, the session's start (local
    /// time) and the script, the recording, the model's scenario or the other learner, in
    /// portable characters only (letters, digits, `-`), so that a person can find it again
    /// and any file system takes it. When it is taken, the export adds -2, -3 (`ChatExport.numbersIfTaken`).
    public var defaultExportName: String {
        var parts = ["chattutor"]
        if let startedAt { parts.append(Self.stamp(startedAt, in: timeZone)) }
        parts.append(exportSubject)
        return parts.joined(separator: "-") + ".md"
    }

    /// What the conversation was with, as a file name's word.
    var exportSubject: String {
        if let replay { return "replay" + (Self.fileWord(replay.title).map { "-" + $0 } ?? "") }
        if let talk {
            let partner: String? =
                switch talk {
                case .host: peerName
                case .guest(let hostName): hostName
                }
            return "talk" + (Self.fileWord(partner ?? "").map { "-" + $0 } ?? "")
        }
        if let interviewer {
            let name = interviewer.scriptName.map { ($0 as NSString).lastPathComponent } ?? interviewer.scriptTitle
            return Self.fileWord(name.hasSuffix(".txt") ? String(name.dropLast(4)) : name) ?? "chat"
        }
        if let liveInterviewer { return Self.fileWord(liveInterviewer.title) ?? "chat" }
        return "chat"
    }

    /// `2026-12-07-1432`: the date and the minute, in `timeZone`.
    static func stamp(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func padded(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2))-"
            + "\(padded(parts.hour, 2))\(padded(parts.minute, 2))"
    }

    /// `text` as a file name's word: ASCII letters (lower case, accents dropped) and digits,
    /// every other run of characters one `-`, at most 40 characters (cut at a `-`); nil when nothing is left (a
    /// name in Hangul, say).
    static func fileWord(_ text: String) -> String? {
        var word = ""
        // Decomposed, so that "café" keeps its "e" (the accent, a mark of its own, is dropped).
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty, !word.hasSuffix("-") {
                word += "-"
            }
        }
        while word.hasSuffix("-") { word.removeLast() }
        if word.count > 40 {
            let cut = word.prefix(41)
            word = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.prefix(40))
        }
        return word.isEmpty ? nil : word
    }
}
