// Serve's help as chattutor prints it without chattutor-serve: made from the server's own option declarations.

import Testing
import TutorCommandLine
import TutorServerConfiguration

@Suite("Serve command line")
struct ServeCommandLineTests {
    static let help = ServeCommandLine.helpText(columns: 200)

    @Test("the help has serve's overview, its subcommands, and run's usage")
    func sections() {
        #expect(Self.help.hasPrefix("OVERVIEW: Serve the tutor as an HTTP API"))
        #expect(Self.help.contains("USAGE: chattutor serve <subcommand>"))
        #expect(Self.help.contains("run (default)") && Self.help.contains("token "))
        #expect(Self.help.contains("USAGE: chattutor serve run <options>"))
    }

    @Test("every server setting has its flag in the help, with the server's own defaults")
    func everySetting() {
        for key in ServerConfiguration.Key.allCases {
            #expect(Self.help.contains(key.flagName + " ") || Self.help.contains(key.flagName + "\n"), "\(key)")
        }
        let defaults = ServerConfiguration()
        #expect(Self.help.contains("(default \(defaults.port);"))
        #expect(Self.help.contains("(default \(defaults.limits.maximumBodyBytes))"))
        #expect(Self.help.contains("--db <db>") && Self.help.contains("--llm-stages <stages>"))
    }

    @Test("the options parse and check their ranges as chattutor-serve's do")
    func parsing() throws {
        let options = try ServeRunOptions.parse(["--port", "0", "--cors-origin", "https://a.example", "--offline"])
        #expect(options.flags.port == 0 && options.flags.corsOrigins == ["https://a.example"] && options.model.offline)
        #expect(throws: (any Error).self) { try ServeRunOptions.parse(["--port", "70000"]) }
    }
}
