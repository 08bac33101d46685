// The shipped interviewer scripts (transcripts/*.txt, not the recordings): each parses, is long
// enough for several batches, has every script-wide kind of line, and every line under a
// question can actually be said — no follow-up hidden behind an earlier one with the same
// keywords.

import Foundation
import Testing
import TutorCore

private let transcriptsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("../../transcripts").standardized

private let scriptNames: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: transcriptsFolder.path)) ?? [])
    .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("recorded-") }.sorted()

/// Whether the interview asks `question` when the learner's first answer is `message` (and every
/// later one says nothing).
private func isAsked(_ question: Transcript.Line, in transcript: Transcript, after message: String) -> Bool {
    var interview = ScriptedInterview(transcript)
    var said = [interview.nextLine(after: nil)]
    said.append(interview.nextLine(after: message))
    while !interview.isFinished { said.append(interview.nextLine(after: "Mmm mmm mmm mmm mmm.")) }
    // The question may follow an answer to the learner's own question in the same reply.
    return said.contains { $0 == question.text || $0?.hasSuffix(" " + question.text) == true }
}

private func script(_ name: String) throws -> Transcript {
    try TranscriptParser.parse(contentsOf: transcriptsFolder.appendingPathComponent(name))
}

/// An interview standing at question `index`, after neutral answers to those before it.
private func interview(_ transcript: Transcript, at index: Int) -> ScriptedInterview {
    var interview = ScriptedInterview(transcript)
    _ = interview.nextLine(after: nil)
    for _ in 0..<index { _ = interview.nextLine(after: "Mmm mmm mmm mmm mmm.") }
    return interview
}

/// A message that uses `keyword` in `mood`, long enough not to be a short answer.
private func message(using keyword: Keyword, mood: Transcript.FollowUp.Mood) -> String {
    mood == .wish
        ? "I really want \(keyword.words.joined(separator: " ")) someday."
        : "Well, \(keyword.words.joined(separator: " ")) is my answer."
}

/// A request or a price question that calls for a line of `trigger`: for its first keyword,
/// or, with none, for nothing any keyword names.
private func requestMessage(for trigger: Transcript.FollowUp.Trigger) -> String {
    switch trigger {
    case .request(let keywords):
        keywords.first.map { "Could I have the \($0.words.joined(separator: " ")), please?" }
            ?? "Could you bring me something?"
    case .price(let keywords):
        keywords.first.map { "How much is the \($0.words.joined(separator: " "))?" } ?? "How much is it?"
    default: "Mmm."
    }
}

@Suite("Shipped interviewer scripts")
struct ShippedScriptTests {
    @Test("there are the five shipped scripts")
    func found() {
        #expect(scriptNames == ["job-interview.txt", "restaurant.txt", "school.txt", "small-talk.txt", "travel.txt"])
    }

    @Test(
        "each parses, has 25 or more questions, every script-wide kind of line, and no line twice",
        arguments: scriptNames)
    func shape(name: String) throws {
        let transcript = try script(name)
        #expect(transcript.kind == .script)
        let alwaysAsked = transcript.lines.filter { !$0.canBeAnsweredEarly }.count
        #expect(alwaysAsked >= 25, "\(alwaysAsked) questions when every one an answered line names is skipped")
        let general = transcript.generalFollowUps.map(\.trigger)
        for kind in [Transcript.FollowUp.Trigger.askBack, .shortAnswer, .dontKnow, .notEnglish] {
            #expect(general.contains(kind), "no script-wide \(kind) line")
        }
        let followUps = transcript.generalFollowUps + transcript.lines.flatMap(\.followUps)
        #expect(followUps.contains { if case .keywords = $0.trigger { true } else { false } })
        let texts = transcript.lines.map(\.text) + followUps.map(\.text)
        #expect(Set(texts).count == texts.count, "a line is written twice")
    }

    @Test("every line reads as a sentence: a capital first, an end mark last, single spaces", arguments: scriptNames)
    func sentences(name: String) throws {
        let transcript = try script(name)
        let texts =
            transcript.lines.map(\.text)
            + (transcript.generalFollowUps + transcript.lines.flatMap(\.followUps)).map(\.text)
        for text in texts {
            #expect(text.first?.isUppercase == true, "\(text)")
            #expect([".", "!", "?", "\""].contains(text.last), "\(text)")
            #expect(!text.contains("  ") && !text.contains(" ,") && !text.contains(" ."), "\(text)")
        }
    }

    @Test(
        "every line under a question can be said: each followup by one of its keywords, and the question's own help, prompt and answer",
        arguments: scriptNames)
    func reachable(name: String) throws {
        let transcript = try script(name)
        for (index, question) in transcript.lines.enumerated() {
            for followUp in question.followUps {
                switch followUp.trigger {
                case .keywords(let keywords, let mood):
                    let said = keywords.contains { keyword in
                        var interview = interview(transcript, at: index)
                        return interview.nextLine(after: message(using: keyword, mood: mood)) == followUp.text
                    }
                    #expect(said, "\(name):\(followUp.lineNumber): no keyword of this followup reaches it")
                case .dontKnow:
                    var interview = interview(transcript, at: index)
                    #expect(
                        interview.nextLine(after: "Sorry, I don't understand.") == followUp.text,
                        "\(name):\(followUp.lineNumber)")
                case .shortAnswer:
                    var interview = interview(transcript, at: index)
                    #expect(interview.nextLine(after: "Mmm.") == followUp.text, "\(name):\(followUp.lineNumber)")
                case .askBack:
                    var interview = interview(transcript, at: index)
                    #expect(
                        interview.nextLine(after: "Mmm, what about you?")?.hasPrefix(followUp.text) == true,
                        "\(name):\(followUp.lineNumber)")
                case .notEnglish:
                    var interview = interview(transcript, at: index)
                    #expect(interview.nextLine(after: "잘 했어요.") == followUp.text, "\(name):\(followUp.lineNumber)")
                case .request, .price:
                    var interview = interview(transcript, at: index)
                    let reply = interview.nextLine(after: requestMessage(for: followUp.trigger))
                    #expect(reply?.hasPrefix(followUp.text) == true, "\(name):\(followUp.lineNumber)")
                }
            }
        }
    }

    @Test(
        "every answered keyword, stated in the first answer, skips its question; asked back or negated, it does not",
        arguments: scriptNames)
    func answeredEarly(name: String) throws {
        let transcript = try script(name)
        for (index, question) in transcript.lines.enumerated() {
            for keyword in question.answeredBy {
                let words = keyword.words.joined(separator: " ")
                let asked = { (message: String) in isAsked(question, in: transcript, after: message) }
                #expect(!asked("Well, \(words) is my answer."), "\(name):\(question.lineNumber): '\(words)'")
                #expect(asked("Is \(words) your answer?"), "\(name):\(question.lineNumber): asked back")
                #expect(asked("Well, \(words) is not my answer."), "\(name):\(question.lineNumber): negated")
                #expect(index > 0)
            }
        }
    }

    @Test(
        "every answered request keyword, ordered in the first answer, skips its question; asked about or refused, it does not",
        arguments: scriptNames)
    func answeredByRequest(name: String) throws {
        let transcript = try script(name)
        for question in transcript.lines {
            for keyword in question.answeredByRequest {
                let words = keyword.words.joined(separator: " ")
                let asked = { (message: String) in isAsked(question, in: transcript, after: message) }
                #expect(
                    !asked("Two, and I'll have the \(words), please."), "\(name):\(question.lineNumber): '\(words)'")
                #expect(!asked("Could I get the \(words)?"), "\(name):\(question.lineNumber): '\(words)'")
                #expect(asked("Is the \(words) good?"), "\(name):\(question.lineNumber): asked about")
                #expect(asked("I don't want the \(words)."), "\(name):\(question.lineNumber): refused")
            }
        }
    }

    @Test(
        "every script-wide request and price line is said for a request or a price question with its first keyword",
        arguments: scriptNames)
    func requestLines(name: String) throws {
        let transcript = try script(name)
        let lines = transcript.generalFollowUps.filter { line in
            switch line.trigger {
            case .request, .price: true
            default: false
            }
        }
        #expect(!lines.isEmpty)
        // A second line for the same trigger ("request: …" twice) is said the second time.
        var earlier: [Transcript.FollowUp.Trigger: Int] = [:]
        for line in lines {
            var interview = interview(transcript, at: 0)
            for _ in 0..<(earlier[line.trigger] ?? 0) {
                _ = interview.nextLine(after: requestMessage(for: line.trigger))
            }
            earlier[line.trigger, default: 0] += 1
            let reply = interview.nextLine(after: requestMessage(for: line.trigger))
            #expect(reply?.hasPrefix(line.text) == true, "\(name):\(line.lineNumber): \(reply ?? "nothing")")
        }
    }
}
