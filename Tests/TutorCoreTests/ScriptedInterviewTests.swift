// The scripted interviewer listens: follow-ups on keywords, answers to questions asked back,
// prompts after very short answers; in order, deterministic, never the same line twice.

import Foundation
import Testing
import TutorCore

private let hobbies = """
    @title Hobbies
    @kind script
    @description A test.
    short-answer: Could you tell me a bit more?
    ask-back: Me? I'm happy just listening today.
    followup [I don't know, not sure, no idea]: That's fine, take your time.
    interviewer: What do you do on weekends?
    followup [hiking, hik*, mountain*]: Oh, nice! Which mountain do you like best?
    followup [because]: That makes sense. Do you do it alone or with friends?
    followup [movie*, film*]: What was the last film you saw?
    ask-back: I usually bake bread on Saturday mornings.
    short-answer: Is that what you do most weekends?
    interviewer: Where did you grow up?
    followup [Seoul]: Seoul is huge! Which part?
    interviewer: What is your favourite food?
    interviewer: Thanks for chatting. See you around!
    """

private func interview() throws -> ScriptedInterview {
    ScriptedInterview(try TranscriptParser.parse(Data(hobbies.utf8), sourceName: "hobbies.txt"))
}

/// The interviewer's lines for these learner messages, after the opening question.
private func replies(to messages: [String]) throws -> [String?] {
    var interview = try interview()
    _ = interview.nextLine(after: nil)
    return messages.map { interview.nextLine(after: $0) }
}

@Suite("Scripted interview")
struct ScriptedInterviewTests {
    @Test("the first line is the first question; a plain answer moves on to the next")
    func inOrder() throws {
        var interview = try interview()
        #expect(interview.currentQuestion == nil)
        #expect(interview.nextLine(after: nil) == "What do you do on weekends?")
        #expect(interview.nextLine(after: "I usually clean my room and meet my friends.") == "Where did you grow up?")
        #expect(interview.currentQuestion == 1)
    }

    @Test(
        "a keyword the learner used picks its follow-up: case-insensitive, whole words, a final * for any ending",
        arguments: [
            ("I like HIKING with my dad.", "Oh, nice! Which mountain do you like best?"),
            ("I hiked up a hill last Sunday.", "Oh, nice! Which mountain do you like best?"),
            ("We climb mountains near Busan.", "Oh, nice! Which mountain do you like best?"),
            ("I watch movies at home.", "What was the last film you saw?"),
            ("I stay home because I am tired.", "That makes sense. Do you do it alone or with friends?"),
            // whole words: "because" is not in "becauses", "hiking" not in "hikingclub" (but hik* is)
            ("I read comics in my room on the sofa.", "Where did you grow up?"),
        ])
    func keywordFollowUp(message: String, expected: String) throws {
        #expect(try replies(to: [message]) == [expected])
    }

    @Test("keywords match whole words only")
    func wordBoundaries() throws {
        #expect(
            try replies(to: ["The filmmaker's becauses were odd, honestly."]) != [
                "That makes sense. Do you do it alone or with friends?"
            ])
        // "film*" matches "filmmaker": a prefix is a prefix.
        #expect(try replies(to: ["My cousin is a filmmaker in Daegu."]) == ["What was the last film you saw?"])
        #expect(try replies(to: ["My cousin is a mathematician in Daegu."]) == ["Where did you grow up?"])
    }

    @Test("the first matching follow-up in file order wins: the question's own before the script-wide ones")
    func fileOrder() throws {
        #expect(
            try replies(to: ["I go hiking because I love movies."]) == ["Oh, nice! Which mountain do you like best?"])
        #expect(try replies(to: ["I don't know, I watch movies maybe."]) == ["What was the last film you saw?"])
        #expect(try replies(to: ["Hmm, I don't know really."]) == ["That's fine, take your time."])
    }

    @Test("a keyword right after a negation does not count")
    func negation() throws {
        #expect(try replies(to: ["I don't like hiking at all."]) == ["Where did you grow up?"])
        #expect(try replies(to: ["I never watch movies, I sleep."]) == ["Where did you grow up?"])
        #expect(
            try replies(to: ["No, but my sister goes hiking a lot."]) == ["Oh, nice! Which mountain do you like best?"])
    }

    @Test(
        "the interviewer's question turned back gets the script's answer to it before the interviewer goes on",
        arguments: [
            "I stay home and rest. What about you?",
            "I stay home and rest. how about you",
            "I stay home and rest, and you",
            "I stay home and rest. Do you?",
            "Nothing special. What do you usually do",
            "Is it strange to stay home all weekend?",
        ])
    func askBack(message: String) throws {
        #expect(try replies(to: [message]) == ["I usually bake bread on Saturday mornings. Where did you grow up?"])
    }

    @Test(
        "a question of the learner's own gets the script-wide answer, not the answer to the interviewer's question",
        arguments: ["I stay home and rest. Do you like resting", "Where do you live?"])
    func askBackOwnQuestion(message: String) throws {
        #expect(try replies(to: [message]) == ["Me? I'm happy just listening today. Where did you grow up?"])
    }

    @Test("a question with a keyword: the answer, then the follow-up")
    func askBackAndKeyword() throws {
        #expect(
            try replies(to: ["I go hiking. Do you go hiking too?"]) == [
                "Me? I'm happy just listening today. Oh, nice! Which mountain do you like best?"
            ])
    }

    @Test("once the question's own answer is used, the script-wide one answers; then none")
    func askBackFallsBack() throws {
        #expect(
            try replies(to: ["What about you?", "And you?", "I was born in Busan. Do you know it?"]) == [
                "I usually bake bread on Saturday mornings. Where did you grow up?",
                "Me? I'm happy just listening today. What is your favourite food?",
                "Thanks for chatting. See you around!",
            ])
    }

    @Test(
        "a very short answer to the question itself gets a prompt to say more, once per question, the question's own first; a short reply to a follow-up answers it"
    )
    func shortAnswer() throws {
        #expect(
            try replies(to: ["Nothing.", "Yes, mostly.", "Seoul.", "Gangnam.", "Kimchi."]) == [
                "Is that what you do most weekends?",
                "Where did you grow up?",
                "Seoul is huge! Which part?",
                "What is your favourite food?",
                "Could you tell me a bit more?",
            ])
    }

    @Test(
        "these are not questions or short answers",
        arguments: [
            ("When I was young, I lived in Gwangju.", false, false),
            ("What you said is interesting to me.", true, false),
            ("I like it.", false, false),
            ("I'm a nurse.", false, false),
            ("Seoul.", false, true),
            ("Yes, I do.", false, true),
            ("Yes", false, true),
            ("", false, false),
            ("I think you would like it there.", false, false),
        ])
    func readingAnswers(text: String, isQuestion: Bool, isShort: Bool) {
        let answer = LearnerAnswer(text)
        #expect(answer.isQuestion == isQuestion)
        #expect(answer.isShort == isShort)
    }

    @Test("apostrophes and case are folded away, Hangul is a word")
    func folding() {
        #expect(
            LearnerAnswer.foldedWords(in: "I DON’T know… 김치, don't-care") == [
                "i", "dont", "know", "김치", "dont", "care",
            ])
        #expect(LearnerAnswer("I dont know").mentions(Keyword(words: ["dont", "know"])))
    }

    @Test("ASCII text folds as the same text with a non-ASCII word after it does (two paths, one result)")
    func asciiFoldingMatchesTheGeneralPath() {
        let texts = [
            "I DON'T know, it's 9pm!", "Hik*ing\tand\r\nrock-climbing", "`quoted` O'Neil's 2nd try...", "", "''",
            "  Many   spaces ",
        ]
        for text in texts {
            // "é" makes the text non-ASCII, so the Character path reads it; it adds one word at the end.
            #expect(
                LearnerAnswer.foldedWords(in: text) + ["é"] == LearnerAnswer.foldedWords(in: text + " é"), "\(text)")
        }
        #expect(LearnerAnswer.foldedWords(in: "I DON'T know, it's 9pm!") == ["i", "dont", "know", "its", "9pm"])
    }

    @Test("at most two follow-ups and prompts hold up the next question")
    func extraTurnsAreCapped() throws {
        #expect(
            try replies(to: ["Hiking.", "Because it is fun, and movies.", "I also watch movies.", "Fine."]) == [
                "Oh, nice! Which mountain do you like best?",
                "That makes sense. Do you do it alone or with friends?",
                "Where did you grow up?",
                "Could you tell me a bit more?",
            ])
    }

    @Test("the interview ends after the last line, and says nothing more")
    func finishes() throws {
        var interview = try interview()
        var said: [String] = []
        for message in [nil, "a b c d e", "a b c d e", "a b c d e"] as [String?] {
            if let line = interview.nextLine(after: message) { said.append(line) }
        }
        #expect(said.last == "Thanks for chatting. See you around!")
        #expect(interview.isFinished)
        #expect(interview.nextLine(after: "Bye! What about you? I like hiking.") == nil)
    }

    @Test(
        "whatever the learner writes, no line is said twice, the questions keep their order, and the same messages give the same lines"
    )
    func neverRepeats() throws {
        let pieces = [
            "I like hiking", "because", "What about you?", "Yes.", "I don't know", "movies", "Seoul", "no idea",
            "and you", "ok", "I went to the mountains",
        ]
        var generator = SplitMix(seed: 17)
        for _ in 0..<300 {
            let messages = (0..<12).map { _ in
                (0..<Int(generator.next() % 3 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                    .joined(separator: " ")
            }
            var interview = try interview()
            let lines = ([nil] + messages).compactMap { interview.nextLine(after: $0) }
            let parts = lines.flatMap(sentencesOfLines)
            #expect(Set(parts).count == parts.count, "\(messages)")
            let questions = [
                "What do you do on weekends?", "Where did you grow up?", "What is your favourite food?",
                "Thanks for chatting. See you around!",
            ]
            let order = lines.compactMap { line in questions.firstIndex { line.hasSuffix($0) } }
            #expect(order == Array(0..<order.count), "\(messages)")
            #expect(try replies(to: messages) == (try replies(to: messages)))
        }
    }
}

@Suite("Scripted interview: the shipped small-talk script")
struct ShippedScriptInterviewTests {
    @Test("it follows up on a keyword, answers a question asked back, and asks for more after a short answer")
    func smallTalk() throws {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("../../transcripts/small-talk.txt").standardized
        var interview = ScriptedInterview(try TranscriptParser.parse(contentsOf: url))
        let lines = [
            nil, "I have lived here for about three years.", "Yes, I like it very much. What about you?", "Yes.",
            "I don't like the noise, but the park is quiet and green.",
        ]
        .map { interview.nextLine(after: $0) }
        #expect(
            lines == [
                "Hi there! I think we're neighbours. I just moved in next door. How long have you lived here?",
                "Oh, nice! Do you like living here?",
                "Me? I moved in last Saturday. There are still boxes everywhere! What do you like about this neighbourhood?",
                "Oh, really? Tell me a little more!",
                "I love that too. Do you go for walks there?",
            ])
    }
}

/// The script's lines a reply is made of (an answer to a question asked back comes before
/// what follows it).
private func sentencesOfLines(_ line: String) -> [String] {
    let known = [
        "Me? I'm happy just listening today.", "I usually bake bread on Saturday mornings.",
    ]
    for lead in known where line.hasPrefix(lead + " ") { return [lead, String(line.dropFirst(lead.count + 1))] }
    return [line]
}

/// A small seeded generator, so the random conversations are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
