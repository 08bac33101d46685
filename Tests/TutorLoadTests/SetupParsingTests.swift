// Reading the token file and the server's /proc figures.

import Testing

@testable import TutorLoad

@Suite("Tokens and /proc")
struct SetupParsingTests {
    @Test("token lines are user<TAB>token; blank lines are skipped")
    func tokens() throws {
        let credentials = try BearerCredential.parseList("load-1\tAAA\n\nload-2\tBBB\n")
        #expect(
            credentials == [
                BearerCredential(userID: "load-1", token: "AAA"), BearerCredential(userID: "load-2", token: "BBB"),
            ])
    }

    @Test(
        "a malformed token line is named by number, and nothing shows a token",
        arguments: ["load-1 AAA", "load-1\t", "a\tb\tc"])
    func malformedToken(line: String) {
        #expect(throws: LoadSetupError.malformedTokenLine(lineNumber: 2)) {
            try BearerCredential.parseList("u\tt\n\(line)\n")
        }
        #expect(!LoadSetupError.malformedTokenLine(lineNumber: 2).description.contains("AAA"))
        #expect(BearerCredential(userID: "u", token: "AAA").description == "u (token hidden)")
    }

    @Test("peak RSS, RSS and CPU ticks come from status and stat, even with a command name holding ') '")
    func processSample() {
        let status = "Name:\tchattutor\nVmPeak:\t  900000 kB\nVmHWM:\t  312400 kB\nVmRSS:\t  280100 kB\nThreads:\t4\n"
        let stat = "4242 (chat tutor) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 0 0 20 0 4 0 100 1000 70000"
        #expect(
            ProcessSample.parse(status: status, stat: stat)
                == ProcessSample(peakResidentKiB: 312_400, residentKiB: 280_100, cpuTicks: 1750))
        #expect(ProcessSample.parse(status: "Name:\tx\n", stat: stat) == nil)
        #expect(ProcessSample.parse(status: status, stat: "4242 (x) S 1") == nil)
    }
}
