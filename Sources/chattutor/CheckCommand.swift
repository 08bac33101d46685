// `chattutor check`: checks text a line at a time and prints findings and corrections.

import ArgumentParser
import TutorApp
import TutorCore
import TutorUI

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check English a line at a time and print the findings.",
        discussion: """
            Each input line is one sentence or utterance. `--format json` prints one JSON object \
            a line (the findings and the corrected line); `--format corrected` prints only the \
            corrected lines, one for each input line, keeping the input's spacing and tokenisation. \
            Each line is checked on its own unless `--context N` reads the lines as a running text \
            (an essay, a chat log): then each is checked with the N lines before it, as a chat \
            message is, so a story's earlier sentences set its tense and name what "the" refers \
            to. A blank line starts a new text.
            """
    )

    @Argument(help: "A text file, or - for standard input (the default).")
    var file: String = "-"

    @Option(help: "Output: text, json (one object a line) or corrected.")
    var format: LineCheck.Format = .text

    @Option(help: "Read each line with the N lines before it as context, as chat does (0: each line alone).")
    var context: Int = 0

    @Flag(help: "Print each line's words with their part-of-speech tags (word/TAG) instead of findings.")
    var tags = false

    @Flag(
        help: "Print to standard error how long each stage took: start-up, tokenise, tag, structure, rules.")
    var timings = false

    @OptionGroup var model: LLMOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard context >= 0 else {
            throw ValidationError(MessageLanguage.strings()("cli.option.not_negative", ["option": "--context"]))
        }
    }

    func run() async throws {
        try await reportingUserErrors {
            let reader = LineReader(try inputFile())
            var output = OutputBuffer(flushesEachWrite: reader.readsTerminal)
            defer { output.flush() }
            if tags { return try LineCheck.tagLines(reader) { output.write($0) } }
            let started = ContinuousClock.now
            let chosen = try language.resolve()
            let check = try LineCheck(
                parts: EngineParts(model, teaching: false), format: format, contextSize: context,
                strings: .builtIn(chosen))
            let startUp = ContinuousClock.now - started
            let stages = try await check.run(reader, write: { output.write($0) }, timed: timings)
            if timings {
                output.flush()
                LineCheck.standardError(
                    LineCheck.timingsReport(stages, startUp: startUp, total: ContinuousClock.now - started))
            }
        }
    }

    private func inputFile() throws(UserError) -> InputFile {
        do {
            return file == "-" ? InputFile.standardInput() : try InputFile(path: file)
        } catch {
            throw UserError(error)
        }
    }
}

extension LineCheck.Format: ExpressibleByArgument {}
