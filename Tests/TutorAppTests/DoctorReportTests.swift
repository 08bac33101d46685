// `doctor`'s checks on a made-up machine: terminal, locale, colours, database, and a model on the fake server.

import Foundation
import Testing
import TutorApp
import TutorStore
import TutorTestSupport
import TutorUI

@Suite("DoctorReport")
struct DoctorReportTests {
    @Test(
        "the terminal: TERM unset or dumb needs fixing; one with a terminfo entry is ok, with a note when not interactive"
    )
    func terminal() throws {
        let terminfo = try TemporaryDirectory("doctor")
        try FileManager.default.createDirectory(
            at: terminfo.appending("t"), withIntermediateDirectories: true)
        try Data().write(to: terminfo.appending("t/tutor-term"))
        var report = DoctorReport()
        report.checkTerminal([:], interactive: true)
        report.checkTerminal(["TERM": "dumb"], interactive: true)
        report.checkTerminal(["TERM": "no-such-terminal-type", "HOME": terminfo.path], interactive: true)
        report.checkTerminal(["TERM": "tutor-term", "TERMINFO": terminfo.path], interactive: true)
        report.checkTerminal(["TERM": "tutor-term", "TERMINFO": terminfo.path], interactive: false)
        #expect(report.problems == 3)
        #expect(report.lines[0].hasPrefix("FIX   terminal  TERM is not set"))
        #expect(report.lines[1].contains("TERM is dumb"))
        #expect(report.lines[2].contains("TERM=no-such-terminal-type has no terminfo entry here"))
        #expect(report.lines[3] == "ok    terminal  TERM=tutor-term")
        #expect(report.lines[4].contains("this shell is not interactive"))
    }

    @Test("the locale: UTF-8 is ok, LC_ALL first; anything else is a note, not a problem")
    func locale() {
        var report = DoctorReport()
        report.checkLocale(["LANG": "C", "LC_ALL": "ko_KR.UTF-8"])
        report.checkLocale(["LANG": "C"])
        report.checkLocale([:])
        #expect(report.problems == 0)
        #expect(report.lines[0] == "ok    locale    ko_KR.UTF-8")
        #expect(report.lines[1].hasPrefix("note  locale    C is not UTF-8"))
        #expect(report.lines[2].hasPrefix("note  locale    no locale set"))
    }

    @Test("colours: NO_COLOR wins over the terminal; under 8 colours or none reported is a note")
    func colours() {
        var report = DoctorReport()
        report.checkColours(["NO_COLOR": "1"], colours: 256)
        report.checkColours([:], colours: 256)
        report.checkColours([:], colours: 2)
        report.checkColours(["NO_COLOR": ""], colours: nil)
        #expect(report.problems == 0)
        #expect(
            report.lines == [
                "ok    colours   NO_COLOR is set: the mono theme is used", "ok    colours   256 colours",
                "note  colours   the terminal reports no colours: the mono theme is used",
                "note  colours   the terminal reports no colours: the mono theme is used",
            ])
    }

    @Test(
        "the database: a store opens; a new path is created on the first save; a file that is no database needs fixing")
    func database() throws {
        let folder = try TemporaryDirectory("doctor")
        let store = folder.appending("store.sqlite")
        _ = try ModuleStore(url: store)
        let garbage = folder.appending("garbage.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: garbage)
        var report = DoctorReport()
        report.checkDatabase(store)
        report.checkDatabase(folder.appending("later/new.sqlite"))
        report.checkDatabase(garbage)
        #expect(report.lines[0] == "ok    database  \(store.path)")
        #expect(report.lines[1].hasSuffix("new.sqlite (created on the first save)"))
        #expect(report.lines[2].hasPrefix("FIX   database"))
        #expect(report.problems == 1)
    }

    @Test(
        "the model: none configured is a note; a reachable one lists its models and takes a schema; the key is never shown"
    )
    func model() async throws {
        let home = try TemporaryDirectory("doctor")
        var none = DoctorReport()
        await none.checkModel(["HOME": home.path, "XDG_CONFIG_HOME": home.path], contact: true)
        #expect(none.problems == 0 && none.lines.first?.hasPrefix("note  model     none configured") == true)

        let server = try FakeOpenAIServer()
        defer { server.stop() }
        server.enqueue(
            .status(200, body: #"{"object":"list","data":[{"id":"tutor-model"}]}"#, contentType: "application/json"),
            .completion(#"{"ok": true}"#))
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.path, "CHATTUTOR_LLM_BASE_URL": server.baseURL.absoluteString,
            "CHATTUTOR_LLM_MODEL": "tutor-model", "CHATTUTOR_LLM_API_KEY": "sk-secret-for-doctor",
            // What is checked is the report, not the timing: on a busy machine the test process's few
            // threads can leave an answer unread past the default 30 s, which the doctor rightly reports.
            "CHATTUTOR_LLM_IDLE_TIMEOUT": "600",
        ]
        var report = DoctorReport()
        await report.checkModel(environment, contact: true)
        #expect(report.problems == 0, "\(report.lines)")
        try #require(report.lines.count == 4)
        #expect(report.lines[0].contains("model tutor-model, API key set (from environment CHATTUTOR_LLM_API_KEY)"))
        #expect(report.lines[1].contains("reachable; it lists 1 model"))
        #expect(report.lines[2].contains("'tutor-model' is listed"))
        #expect(report.lines[3].contains("structured output: json_schema accepted"))
        #expect(!report.lines.joined().contains("sk-secret"))

        var offline = DoctorReport()
        await offline.checkModel(environment, contact: false)
        #expect(offline.lines.count == 1 && server.requests.count == 2)
    }

    @Test("the model: an endpoint that does not answer needs fixing, and the verdict counts the problems")
    func deadModel() async throws {
        let home = try TemporaryDirectory("doctor")
        let server = try FakeOpenAIServer()
        let url = server.baseURL.absoluteString
        server.stop()
        var report = DoctorReport()
        await report.checkModel(
            [
                "HOME": home.path, "XDG_CONFIG_HOME": home.path, "CHATTUTOR_LLM_BASE_URL": url,
                "CHATTUTOR_LLM_MODEL": "tutor-model",
            ], contact: true)
        #expect(report.problems == 1)
        #expect(report.lines.last?.hasPrefix("FIX   model") == true)
        #expect(report.verdict == "1 problem found.")
        #expect(DoctorReport().verdict == "Everything chattutor needs is in place.")
    }

    @Test("in Korean every line is Korean, its findings start in one column, and the verdict counts in Korean")
    func korean() async throws {
        let home = try TemporaryDirectory("doctor")
        var report = DoctorReport(strings: .korean)
        report.checkTerminal(["TERM": "dumb"], interactive: true)
        report.checkLocale([:])
        report.checkLanguage(["HOME": home.path, "XDG_CONFIG_HOME": home.path, "CHATTUTOR_LANG": "ko"])
        report.checkColours(["NO_COLOR": "1"], colours: nil)
        report.checkDatabase(home.appending("later/new.sqlite"))
        await report.checkModel(["HOME": home.path, "XDG_CONFIG_HOME": home.path], contact: false)
        #expect(report.lines.count == 6)
        #expect(report.lines[0].hasPrefix("고칠 것  터미널"))
        #expect(report.lines[2].contains("한국어 (ko), CHATTUTOR_LANG에서 정했어요"))
        #expect(report.lines[4].hasSuffix("new.sqlite (처음 저장할 때 만들어요)"))
        #expect(report.lines[5].contains("설정된 모델이 없어요"))
        #expect(!report.lines.contains { $0.contains("doctor.") })
        // Each finding starts at the same terminal cell: marks and areas padded by display width.
        #expect(report.lines[0].hasPrefix("고칠 것  터미널        TERM이"))
        #expect(report.lines[1].hasPrefix("참고     로캘          로캘이"))
        #expect(report.verdict == "문제 1개를 찾았어요.")
        #expect(DoctorReport(strings: .korean).verdict == "chattutor에 필요한 것이 모두 준비되어 있어요.")
    }
}
