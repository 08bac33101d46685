// `doctor`'s language line: the language the interface shows and where it is chosen.

import Foundation
import Testing
import TutorApp
import TutorTestSupport

@Suite("DoctorReport: language")
struct DoctorLanguageTests {
    @Test("the language and its source: the variable, config.toml, the locale; an unknown code needs fixing")
    func language() throws {
        let directory = try TemporaryDirectory("doctor-lang")
        let home = directory.url
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("chattutor"), withIntermediateDirectories: true)
        var report = DoctorReport()
        report.checkLanguage(["XDG_CONFIG_HOME": home.path, "LANG": "ko_KR.UTF-8"])
        report.checkLanguage(["XDG_CONFIG_HOME": home.path, "LANG": "ko_KR.UTF-8", "CHATTUTOR_LANG": "en"])
        try "language = \"ko\"\n".write(
            to: home.appendingPathComponent("chattutor/config.toml"), atomically: true, encoding: .utf8)
        report.checkLanguage(["XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8"])
        report.checkLanguage(["XDG_CONFIG_HOME": home.path, "CHATTUTOR_LANG": "fr"])
        #expect(report.lines[0].hasPrefix("ok    language  Korean (ko), from the locale (LANG=ko_KR.UTF-8)"))
        #expect(report.lines[1].contains("English (en), from CHATTUTOR_LANG"))
        #expect(report.lines[2].contains("Korean (ko), from language in \(home.path)/chattutor/config.toml"))
        #expect(report.lines[3].hasPrefix("FIX   language") && report.lines[3].contains("one of en, ko"))
        #expect(report.problems == 1)
    }
}
