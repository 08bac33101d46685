// Finds and reads themes: themes/NAME.toml next to the transcripts.

import Foundation
import TutorConfig
import TutorUI

/// Finds and reads themes: `themes/NAME.toml` next to the transcripts.
public enum ThemeLibrary {
    /// The theme `name` (letters, digits and dashes), or an error listing the themes there are.
    public static func load(_ name: String) throws(UserError) -> Theme {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw UserError.dataError("'\(name)' is not a theme name")
        }
        let directory = try ResourceLocator.directory("themes", environmentKey: "CHATTUTOR_THEMES")
        let url = directory.appendingPathComponent("\(name).toml")
        do {
            if let file = try ConfigFile.load(url) { return try Theme(file) }
        } catch {
            throw UserError(message: error.description, exitCode: 65, translated: error.message)
        }
        let known = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        throw UserError.noInput("no theme '\(name)'; the themes are: \(known.joined(separator: ", "))")
    }
}
