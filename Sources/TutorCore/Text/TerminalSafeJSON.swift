// JSON that is safe to print on a terminal and means the same.

import Foundation

public enum TerminalSafeJSON {
    /// `json` (as JSONEncoder wrote it) with every scalar from DEL up that `TextSanitizer.isUnsafe` names
    /// written as a `\uXXXX` escape (a surrogate pair above U+FFFF). JSONEncoder escapes the C0
    /// controls but writes C1 controls (U+009B is a CSI to some terminals), DEL and the
    /// bidirectional overrides raw. Such scalars can only stand inside JSON strings, where the
    /// escape decodes to the same text: nothing is lost.
    public static func escaping(_ json: Data) -> Data {
        // Unsafe scalars other than C0 (already escaped) are DEL or need a multi-byte sequence.
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            // Below U+0020 only JSON's own white space occurs: JSONEncoder escapes C0 in strings.
            guard scalar.value >= 0x7F, TextSanitizer.isUnsafe(scalar) else {
                output.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                output.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars)
            }
        }
        return Data(String(output).utf8)
    }

    /// The same as text.
    public static func escaping(_ json: String) -> String {
        String(decoding: escaping(Data(json.utf8)), as: UTF8.self)
    }
}
