// `chattutor serve --help` without chattutor-serve: serve's help, with the install command the user needs.

import Testing
import TutorApp
import TutorUI

@Suite("Serve help")
struct ServeHelpTests {
    @Test("help is asked by --help, -h or help first; not by other options")
    func asksForHelp() {
        #expect(ServeHelp.asksForHelp(["--help"]))
        #expect(ServeHelp.asksForHelp(["token", "-h"]))
        #expect(ServeHelp.asksForHelp(["help"]))
        #expect(!ServeHelp.asksForHelp(["--port", "0"]))
    }

    @Test("the install command keeps the prefix chattutor runs from, except the default ~/.local")
    func installPrefix() {
        #expect(
            ServeHelp.installCommand(binaryFolder: "/home/a/.local/bin", home: "/home/a") == "scripts/install --serve")
        #expect(
            ServeHelp.installCommand(binaryFolder: "/opt/tutor/bin", home: "/home/a")
                == "scripts/install --serve --prefix /opt/tutor")
        #expect(
            ServeHelp.installCommand(binaryFolder: "/tmp/my tools/bin", home: "/home/a")
                == "scripts/install --serve --prefix '/tmp/my tools'")
        #expect(
            ServeHelp.installCommand(binaryFolder: "/src/ct/.build/release", home: "/home/a")
                == "scripts/install --serve")
    }

    @Test("the help says serve is its own executable and how to build it, in both languages, then serve's own help")
    func text() {
        let commandHelp = "OVERVIEW: Serve the tutor."
        let english = ServeHelp.text(
            Strings.builtIn(.english), binaryFolder: "/opt/tutor/bin", home: "/home/a", commandHelp: commandHelp)
        #expect(english.contains("its own executable, chattutor-serve"))
        #expect(english.contains("scripts/install --serve --prefix /opt/tutor"))
        #expect(english.hasSuffix(":\n\n" + commandHelp + "\n"))
        let korean = ServeHelp.text(
            Strings.builtIn(.korean), binaryFolder: "/opt/tutor/bin", home: "/home/a", commandHelp: commandHelp)
        #expect(korean.contains("별도의 실행 파일") && korean.hasSuffix(":\n\n" + commandHelp + "\n"))
    }
}
