// The command line's errors in Korean: ArgumentParser's messages said from the catalogue, the rest kept.

import Testing
import TutorApp
import TutorUI

@Suite("Command-line errors in the interface's language")
struct CommandLineMessageTests {
    static let usage = """
        Usage: chattutor check [<file>] [--format <format>]
          See 'chattutor check --help' for more information.
        """

    @Test("in English the text is ArgumentParser's own")
    func englishUnchanged() {
        let text = "Error: Unknown option '--bogus'\n" + Self.usage
        #expect(CommandLineMessage.translated(text, message: "Unknown option '--bogus'", .english) == text)
    }

    @Test("in Korean the labels, the message and the 'see' line are Korean; the usage stays")
    func koreanWhole() {
        let message =
            "The value 'nope' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'corrected'."
        let text = "Error: \(message)\nHelp:  --format <format>  Output: text or json.\n" + Self.usage
        let said = CommandLineMessage.translated(text, message: message, .korean)
        #expect(
            said == """
                오류: '--format <format>' 옵션에 'nope' 값은 쓸 수 없어요. 쓸 수 있는 값: 'text', 'json', 'corrected'
                도움말:  --format <format>  Output: text or json.
                사용법: chattutor check [<file>] [--format <format>]
                  자세한 내용은 'chattutor check --help'로 볼 수 있어요.
                """)
    }

    @Test(
        "each of ArgumentParser's messages has Korean words, its values kept",
        arguments: [
            ("Unknown option '--bogus'", "없는 옵션이에요: '--bogus'"),
            (
                "Unknown option '--mous'. Did you mean '--mouse'?",
                "없는 옵션이에요: '--mous'. 혹시 '--mouse' 옵션인가요?"
            ),
            ("Missing value for '--lang <en|ko>'", "'--lang <en|ko>' 옵션 뒤에 값을 써 주세요"),
            (
                "The value 'x' is invalid for '--batch-size <batch-size>'",
                "'--batch-size <batch-size>' 옵션에 'x' 값은 쓸 수 없어요"
            ),
            ("Missing expected argument '<file>'", "빠진 인자가 있어요: '<file>'"),
            ("Unexpected argument 'extra'", "이 명령이 받지 않는 인자예요: 'extra'"),
            ("2 unexpected arguments: 'a', 'b'", "이 명령이 받지 않는 인자가 2개 있어요: 'a', 'b'"),
            (
                "The option '--plain' does not take any value, but 'yes' was specified.",
                "'--plain' 옵션은 값을 받지 않아요. 주어진 값: 'yes'"
            ),
            ("Missing required subcommand.", "하위 명령을 함께 써 주세요."),
        ])
    func parserMessages(english: String, korean: String) {
        #expect(CommandLineMessage.message(english, .korean) == korean)
    }

    @Test("a list of choices on lines becomes one list")
    func choicesOnLines() {
        let message =
            "The value 'z' is invalid for '--type <type>'. Please provide one of the following:\n  - a\n  - b\n  - c"
        #expect(
            CommandLineMessage.message(message, .korean)
                == "'--type <type>' 옵션에 'z' 값은 쓸 수 없어요. 쓸 수 있는 값: 'a', 'b', 'c'")
    }

    @Test("a message that is not ArgumentParser's (ours, from the catalogue) is kept")
    func oursKept() {
        let ours = Strings.korean("cli.option.retention")
        #expect(CommandLineMessage.message(ours, .korean) == ours)
        let text = "Error: \(ours)\n" + Self.usage
        #expect(CommandLineMessage.translated(text, message: ours, .korean).hasPrefix("오류: " + ours + "\n사용법: "))
    }
}
