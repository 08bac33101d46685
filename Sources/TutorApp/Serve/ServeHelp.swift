// `chattutor serve --help` when chattutor-serve is not built: how to build it, then serve's own help.

import TutorUI

/// What `chattutor serve` says about itself when its executable, chattutor-serve, is missing.
public enum ServeHelp {
    /// Whether a serve command line asks for help (`--help`, `-h`, or `help` first).
    public static func asksForHelp(_ arguments: [String]) -> Bool {
        arguments.contains("--help") || arguments.contains("-h") || arguments.first == "help"
    }

    /// `scripts/install --serve`, with the `--prefix` chattutor was installed with when it runs
    /// from `PREFIX/bin` other than `~/.local/bin`.
    public static func installCommand(binaryFolder: String, home: String?) -> String {
        let command = "scripts/install --serve"
        guard binaryFolder.hasSuffix("/bin") else { return command }
        let prefix = String(binaryFolder.dropLast(4))
        guard !prefix.isEmpty, prefix != home.map({ $0 + "/.local" }) else { return command }
        return command + " --prefix " + shellWord(prefix)
    }

    /// Serve's help: that it is its own executable and how to build it (in the learner's
    /// language), then `commandHelp`, the help chattutor-serve itself prints (English, as all
    /// `--help` is), which TutorCommandLine makes from the same declarations.
    public static func text(_ strings: Strings, binaryFolder: String, home: String?, commandHelp: String) -> String {
        strings("cli.serve.help", ["install": installCommand(binaryFolder: binaryFolder, home: home)]) + "\n\n"
            + commandHelp + "\n"
    }

    /// `word` as the shell reads it: quoted when it holds anything but plain path characters.
    static func shellWord(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-+~".unicodeScalars.contains($0))
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
