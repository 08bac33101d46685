// Theme files: the shipped ones read, and broken ones refused with the file, the key and the fix.

import Foundation
import TerminalKit
import Testing
import TutorConfig

@testable import TutorUI

@Suite("Theme files")
struct ThemeFileTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../themes"
    ).standardized

    static func theme(_ text: String) throws -> Theme { try Theme(try ConfigFile.parse(text, path: "/t.toml")) }

    @Test(
        "every shipped theme reads, names itself after its file and styles every role it lists",
        arguments: ["default", "light", "high-contrast", "mono"])
    func shipped(name: String) throws {
        let file = try #require(try ConfigFile.load(Self.themes.appendingPathComponent("\(name).toml")))
        let theme = try Theme(file)
        #expect(theme.name == name)
        #expect(!theme.styles.isEmpty)
    }

    @Test("colours by name, bright name, default or index, and the four attributes")
    func styles() throws {
        let theme = try Self.theme(
            """
            name = "t"
            [interviewer]
            fg = "cyan"
            bg = "bright-blue"
            bold = true
            [status-bar]
            fg = 200
            bg = "default"
            reverse = true
            [text]
            """)
        #expect(theme.name == "t")
        #expect(theme[.interviewer] == CellStyle(foreground: .ansi(6), background: .ansi(12), bold: true))
        #expect(theme[.statusBar] == CellStyle(foreground: .indexed(200), background: .default, reverse: true))
        #expect(theme[.text] == .plain)
        #expect(theme[.learner] == Theme.mono[.learner])
    }

    @Test(
        "a broken theme is refused with the file, the key and what to write",
        arguments: [
            ("[interviewer]\nfg = \"purple\"", "/t.toml: interviewer.fg must be a colour"),
            ("[interviewer]\nfg = 300", "/t.toml: interviewer.fg must be a colour"),
            (
                "[interviewer]\nbold = \"yes\"",
                "/t.toml: interviewer.bold must be true or false, not a string (\"yes\")"
            ),
            ("[interviewer]\ncolour = \"red\"", "/t.toml: unknown key 'interviewer.colour'; the keys are fg, bg, bold"),
            ("[speaker]\nfg = \"red\"", "/t.toml: unknown key 'speaker'; the keys are name, text, dim"),
            ("interviewer = \"cyan\"", "/t.toml: interviewer must be a [interviewer] table, not a string"),
            ("name = 3", "/t.toml: name must be a quoted name, not a whole number (3)"),
            ("[interviewer]\nfg = cyan", "/t.toml:2:"),
            ("[interviewer]\n[interviewer]", "/t.toml:2:"),
        ])
    func broken(text: String, message: String) {
        #expect {
            try Self.theme(text)
        } throws: { error in
            error is ConfigError && "\(error)".hasPrefix(message)
        }
    }
}
