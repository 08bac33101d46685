// Flag over environment over file, each value typed and checked, each error naming its place.

import Testing
import TutorConfig

@Suite("Setting resolver")
struct SettingResolverTests {
    static let port = Setting(flag: "--port", environment: ["APP_PORT"], fileKeys: ["port"])

    static func resolver(environment: [String: String] = [:], file: String? = nil) throws -> SettingResolver {
        SettingResolver(environment: environment, file: try file.map { try ConfigFile.parse($0, path: "/c.toml") })
    }

    @Test("a flag wins over the environment, which wins over the file; an empty variable is not set")
    func precedence() throws {
        let resolver = try Self.resolver(environment: ["APP_PORT": "7100"], file: "port = 7000")
        #expect(try resolver.integer(Self.port, flag: 7200, in: 0...65_535)?.value == 7200)
        #expect(try resolver.integer(Self.port, in: 0...65_535)?.source == .environment("APP_PORT"))
        let fileOnly = try Self.resolver(environment: ["APP_PORT": ""], file: "port = 7000")
        #expect(try fileOnly.integer(Self.port, in: 0...65_535)?.value == 7000)
        #expect(try fileOnly.integer(Self.port, in: 0...65_535)?.source == .file("/c.toml"))
        #expect(try Self.resolver().integer(Self.port, in: 0...65_535) == nil)
    }

    @Test("the first set variable and the first present key win")
    func aliases() throws {
        let key = Setting(environment: ["APP_KEY", "OTHER_KEY"], fileKeys: ["APP_KEY", "key"])
        let fromOther =
            try Self.resolver(environment: ["OTHER_KEY": "b"]).value(key, expected: "text") as Resolved<String>?
        #expect(fromOther?.value == "b" && fromOther?.source == .environment("OTHER_KEY"))
        let fromShortKey = try Self.resolver(file: "key = \"c\"").value(key, expected: "text") as Resolved<String>?
        #expect(fromShortKey?.value == "c")
    }

    @Test("a quoted number or boolean in the file is read, as files written for the text-only reader had them")
    func quotedValues() throws {
        let resolver = try Self.resolver(
            file: "port = \"9000\"\nwait = \"2.5\"\npublic = \"yes\"\norigins = \"https://a, https://b\"")
        #expect(try resolver.integer(Self.port, in: 0...65_535)?.value == 9000)
        let wait = Setting(environment: [], fileKeys: ["wait"])
        #expect(try resolver.seconds(wait, atMost: 60)?.value == .milliseconds(2500))
        let isPublic: Resolved<Bool>? = try resolver.value(
            Setting(environment: [], fileKeys: ["public"]), expected: "true or false")
        #expect(isPublic?.value == true)
        let origins: Resolved<[String]>? = try resolver.value(
            Setting(environment: [], fileKeys: ["origins"]), expected: "origins")
        #expect(origins?.value == ["https://a", "https://b"])
    }

    @Test(
        "a value of the wrong TOML type names the file, the key, what it must be and what it is",
        arguments: [
            ("port = true", "/c.toml: port must be a whole number from 0 to 65535, not true or false (true)"),
            ("port = 80.5", "/c.toml: port must be a whole number from 0 to 65535, not a decimal number (80.5)"),
            ("port = [80]", "/c.toml: port must be a whole number from 0 to 65535, not an array ([80])"),
            ("[port]\nvalue = 80", "/c.toml: port must be a whole number from 0 to 65535, not a table ({value})"),
        ])
    func wrongType(file: String, message: String) throws {
        let resolver = try Self.resolver(file: file)
        #expect {
            try resolver.integer(Self.port, in: 0...65_535)
        } throws: { error in
            guard let error = error as? ConfigError, case .wrongType = error.problem else { return false }
            return error.key == "port" && error.description == message
        }
    }

    @Test(
        "a value out of range or malformed names its place: flag, variable, or file and key",
        arguments: [
            (7_000_000 as Int?, [:], nil, "--port '7000000' is not a whole number from 0 to 65535"),
            (nil, ["APP_PORT": "x"], nil, "APP_PORT 'x' is not a whole number from 0 to 65535"),
            (nil, [:], "port = 70000", "/c.toml: port '70000' is not a whole number from 0 to 65535"),
            (nil, [:], "port = \"eighty\"", "/c.toml: port 'eighty' is not a whole number from 0 to 65535"),
        ] as [(Int?, [String: String], String?, String)])
    func invalid(flag: Int?, environment: [String: String], file: String?, message: String) throws {
        let resolver = try Self.resolver(environment: environment, file: file)
        #expect {
            try resolver.integer(Self.port, flag: flag, in: 0...65_535)
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test("seconds must be above 0 and are kept to the millisecond")
    func seconds() throws {
        let wait = Setting(flag: "--wait", environment: ["APP_WAIT"], fileKeys: ["wait"])
        #expect(try Self.resolver().seconds(wait, flag: 0.25, atMost: 10)?.value == .milliseconds(250))
        #expect(throws: ConfigError.self) { try Self.resolver().seconds(wait, flag: 0, atMost: 10) }
        #expect(throws: ConfigError.self) {
            try Self.resolver(environment: ["APP_WAIT": "11"]).seconds(wait, atMost: 10)
        }
        #expect(throws: ConfigError.self) {
            try Self.resolver(environment: ["APP_WAIT": "nan"]).seconds(wait, atMost: 10)
        }
    }
}
