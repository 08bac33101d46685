// Reading TOML files: values as plain data, broken TOML named by file, line and column.

import Foundation
import Testing
import TutorConfig

@Suite("Config files")
struct ConfigFileTests {
    @Test("strings, numbers, booleans, arrays and tables are read as their TOML types")
    func values() throws {
        let file = try ConfigFile.parse(
            """
            # a comment
            name = "x"   # and another
            literal = 'C:\\path'
            count = 12
            ratio = 2.5
            on = true
            list = ["a", "b"]
            [section]
            key = "v"
            """, path: "/c.toml")
        #expect(file.values["name"] == .string("x"))
        #expect(file.values["literal"] == .string("C:\\path"))
        #expect(file.values["count"] == .integer(12))
        #expect(file.values["ratio"] == .float(2.5))
        #expect(file.values["on"] == .boolean(true))
        #expect(file.values["list"] == .array([.string("a"), .string("b")]))
        #expect(file.values["section"] == .table(["key": .string("v")]))
    }

    @Test(
        "malformed TOML names the file, the line and the column",
        arguments: [
            ("model = \"m", "/c.toml:1:"),
            ("a = 1\nmodel = gpt-4o\n", "/c.toml:2:"),
            ("a = 1\na = 2\n", "/c.toml:2:"),
            ("[text\nfg = 1", "/c.toml:1:"),
            ("key\n", "/c.toml:1:"),
        ])
    func malformed(text: String, place: String) {
        #expect {
            try ConfigFile.parse(text, path: "/c.toml")
        } throws: { error in
            guard let error = error as? ConfigError, case .syntax = error.problem else { return false }
            return error.line != nil && error.description.hasPrefix(place)
                && error.description.contains("key = \"value\"")
        }
    }

    @Test("an unknown key is refused with the keys that are read, inside a table with its dotted path")
    func unknownKeys() throws {
        let file = try ConfigFile.parse("model = \"m\"\nmodle = \"m\"\n[text]\ncolour = 1\n", path: "/c.toml")
        #expect(throws: ConfigError(source: .file("/c.toml"), key: "modle", problem: .unknownKey(known: ["model"]))) {
            try file.rejectUnknownKeys(known: ["model"], listed: ["model"], where: { $0 != "text" })
        }
        #expect(throws: ConfigError(source: .file("/c.toml"), key: "text.colour", problem: .unknownKey(known: ["fg"])))
        {
            try file.rejectUnknownKeys(in: ["colour": .integer(1)], tablePath: "text", known: ["fg"], listed: ["fg"])
        }
        #expect(
            ConfigError(source: .file("/c.toml"), key: "modle", problem: .unknownKey(known: ["model", "api_key"]))
                .description
                == "/c.toml: unknown key 'modle'; the keys are model, api_key")
    }

    @Test("a missing file is no file; the user's config.toml follows XDG_CONFIG_HOME")
    func location() throws {
        #expect(try ConfigFile.load(URL(fileURLWithPath: "/nonexistent/chattutor/config.toml")) == nil)
        #expect(
            ConfigFile.userConfigURL(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path
                == "/x/chattutor/config.toml")
        #expect(ConfigFile.userConfigURL(environment: ["HOME": "/h"]).path == "/h/.config/chattutor/config.toml")
    }

    @Test("a file that exists is read and parsed")
    func load() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chattutor-config-\(UUID().uuidString).toml")
        try Data("port = 9\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ConfigFile.load(url) == ConfigFile(path: url.path, values: ["port": .integer(9)]))
    }
}
