// The interviewer answers the learner's own question (issue 17, item 4): "Do you play any
// games?" gets an answer about games, not the script's answer to its own question; a question
// no topic knows gets a neutral line; a hobby the learner names gets a fitting follow-up, its
// word forms matched as whole words ("hiked", not "display" for "play").

import Foundation
import Testing
import TutorCore

private let script = """
    @title Topics
    @kind script
    @description A test.
    interviewer: Do you prefer summer or winter? Why?
    ask-back: OWN-ANSWER
    interviewer: What do you usually do after work?
    followup [play+]: PLAY
    interviewer: Do you like video games?
    interviewer: END
    """

private let topics = """
    neutral: NEUTRAL
    topic games [game+, gaming]
    answer: GAMES
    favourite: GAMES-FAVOURITE
    ever: GAMES-EVER
    topic seasons [season*, summer, winter]
    answer: SEASONS
    topic hiking [hike+, hiking]
    answer: HIKING
    followup: HIKING-FOLLOWUP
    """

/// The replies to `messages`, after the first question (`start` more questions skipped first).
private func replies(_ messages: [String], skipping start: Int = 0) throws -> [String?] {
    let transcript = try TranscriptParser.parse(Data(script.utf8), sourceName: "topics.txt")
    var interview = ScriptedInterview(
        transcript, topics: try InterviewTopics.parse(topics, sourceName: "topics-test.txt"))
    _ = interview.nextLine(after: nil)
    for _ in 0..<start { _ = interview.nextLine(after: "Mmm mmm mmm mmm mmm.") }
    return messages.map { interview.nextLine(after: $0) }
}

@Suite("Scripted interview: answering the learner's own question")
struct InterviewTopicsTests {
    @Test(
        "a question is answered on its own topic, in its shape; the script's answer only for its own question",
        arguments: [
            ("I like summer. Do you play any games?", "GAMES"),
            ("Do you like gaming", "GAMES"),
            ("What is your favourite game?", "GAMES-FAVOURITE"),
            ("Have you ever played a game in English?", "GAMES-EVER"),
            ("Do you like hiking?", "HIKING"),
            // On the topic of the interviewer's question: still the learner's own question.
            ("Which season do you like?", "SEASONS"),
            ("Do you like winter?", "SEASONS"),
            // Turned back: the script's own answer to its question.
            ("I like summer. What about you?", "OWN-ANSWER"),
            ("Summer, because I can swim. And you?", "OWN-ANSWER"),
            ("Summer. Do you?", "OWN-ANSWER"),
            // A question no topic knows: a neutral line, not an answer to another question.
            ("I like summer. Do you believe in ghosts?", "NEUTRAL"),
            ("Where do you buy your shoes?", "NEUTRAL"),
        ])
    func answer(message: String, expected: String) throws {
        #expect(try replies([message]) == ["\(expected) What do you usually do after work?"])
    }

    @Test(
        "'I love hiking, what about you?' is about hiking; a reaction ('Really?', 'Why?') gets no answer; a question not to the interviewer gets no topic's answer"
    )
    func notAnswered() throws {
        // (the learner's own hobby in the same sentence is answered, then followed up)
        #expect(try replies(["I love hiking, what about you?"]) == ["HIKING HIKING-FOLLOWUP"])
        #expect(try replies(["Really?"]) == ["What do you usually do after work?"])
        #expect(try replies(["Why?"]) == ["What do you usually do after work?"])
        #expect(try replies(["Is it cold here in winter?"], skipping: 1) == ["NEUTRAL Do you like video games?"])
        // Questions for a fact, or for something else than the interviewer's own life: no topic's answer.
        for message in [
            "How many games are there in the shop?", "When will you play games again?",
            "Do you know a good game for two people?", "Did you hear about the new game?",
        ] {
            #expect(try replies([message], skipping: 1) == ["NEUTRAL Do you like video games?"], "\(message)")
        }
        #expect(try replies(["How often do you play games?"], skipping: 1) == ["GAMES Do you like video games?"])
    }

    @Test("a question turned back where the script has no answer of its own gets the answer on the interviewer's topic")
    func turnedBackToTopic() throws {
        #expect(try replies(["I love them. What about you?"], skipping: 2) == ["GAMES END"])
        #expect(try replies(["Yes, I do. What's your favourite?"], skipping: 2) == ["GAMES-FAVOURITE END"])
        // A question on nothing known, turned back to a question on nothing known: a neutral line.
        #expect(try replies(["I rest at home. And you?"], skipping: 1) == ["NEUTRAL Do you like video games?"])
    }

    @Test("a hobby the learner names gets the topics' follow-up when the script has none; not when negated or wished")
    func hobbyFollowUp() throws {
        #expect(try replies(["My hobby is hiking."], skipping: 1) == ["HIKING-FOLLOWUP"])
        #expect(try replies(["I hiked up a hill with my dad."], skipping: 1) == ["HIKING-FOLLOWUP"])
        #expect(try replies(["I don't like hiking at all."], skipping: 1) == ["Do you like video games?"])
        #expect(try replies(["I want to try hiking someday."], skipping: 1) == ["Do you like video games?"])
        #expect(try replies(["I usually like to relax at home."], skipping: 1) == ["Do you like video games?"])
        #expect(try replies(["I ride my bike to the river."], skipping: 1) == ["Do you like video games?"])
    }

    @Test("a final + matches the word's regular forms as whole words: 'played', never 'display'")
    func wordForms() throws {
        #expect(try replies(["I played tennis with my friends."], skipping: 1) == ["PLAY"])
        #expect(try replies(["I am playing the piano these days."], skipping: 1) == ["PLAY"])
        #expect(try replies(["I fixed the display on my old laptop."], skipping: 1) == ["Do you like video games?"])
        #expect(try replies(["My brother is a soccer player at school."], skipping: 1) == ["Do you like video games?"])
    }

    @Test(
        "regular forms: -s, -es, -ed, -d, -ing, a dropped e, a doubled consonant, y to -ies",
        arguments: [
            ("hike", ["hike", "hikes", "hiked", "hiking"], ["hiker", "hik", "like", "bike"]),
            ("play", ["play", "plays", "played", "playing"], ["display", "player", "playful"]),
            ("swim", ["swims", "swimming", "swiming"], ["swam", "swimsuit"]),
            ("study", ["studies", "studied", "studying"], ["student"]),
            ("watch", ["watches", "watched", "watching"], ["watcher"]),
        ])
    func regularForms(word: String, forms: [String], others: [String]) {
        let regular = Keyword.regularForms(of: word)
        for form in forms { #expect(regular.contains(form), "\(word): \(form)") }
        for other in others { #expect(!regular.contains(other), "\(word): \(other)") }
    }

    @Test("a malformed topics file is refused with its line and what to fix")
    func malformed() {
        let cases = [
            ("answer: Hi.\n", 1, "before any 'topic"),
            ("topic games [game+]\nfavourite: Uno.\n", 1, "no 'answer:' line"),
            ("topic games game+\nanswer: Yes.\n", 1, "topic NAME [keyword"),
            ("topic games [game+]\nanswer: Yes.\nanswer: No.\n", 3, "once each"),
            ("topic games [ga+me]\nanswer: Yes.\n", 1, "may only end a keyword"),
            ("topic games [game]\nreply: Yes.\n", 2, "not a line of a topic"),
        ]
        for (text, line, reason) in cases {
            #expect {
                try InterviewTopics.parse(text, sourceName: "t.txt")
            } throws: { error in
                guard let error = error as? InterviewTopicsError else { return false }
                return error.lineNumber == line && error.reason.contains(reason)
            }
        }
    }
}

private let smallTalk = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("../../transcripts/small-talk.txt").standardized

/// The shipped small-talk interview with the shipped topics, standing at the first question
/// whose text contains `question`.
private func smallTalk(at question: String) throws -> ScriptedInterview {
    var interview = ScriptedInterview(try TranscriptParser.parse(contentsOf: smallTalk), topics: try .shipped())
    var line = interview.nextLine(after: nil)
    while let said = line, !said.contains(question) { line = interview.nextLine(after: "Mmm mmm mmm mmm mmm.") }
    return interview
}

@Suite("Scripted interview: the shipped topics")
struct ShippedInterviewTopicsTests {
    @Test("the shipped topics parse; every line reads as a sentence and is written once")
    func shape() throws {
        let shipped = try InterviewTopics.shipped()
        #expect(shipped.topics.count >= 25 && !shipped.neutralLines.isEmpty)
        let texts =
            shipped.neutralLines
            + shipped.topics.flatMap { [$0.answer, $0.favourite, $0.ever, $0.followUp].compactMap { $0 } }
        #expect(Set(texts).count == texts.count, "a line is written twice")
        for text in texts {
            #expect(text.first?.isUppercase == true, "\(text)")
            #expect([".", "!", "?"].contains(text.last), "\(text)")
            #expect(!text.contains("  ") && !text.contains(" ,") && !text.contains(" ."), "\(text)")
        }
    }

    @Test("every topic is reached by a question on one of its keywords: none hidden behind an earlier topic")
    func reachable() throws {
        let shipped = try InterviewTopics.shipped()
        for topic in shipped.topics {
            let reached = topic.keywords.contains { keyword in
                let question = LearnerAnswer.foldedWords(in: "Do you like \(keyword.words.joined(separator: " "))?")
                return shipped.topic(askedIn: question) == topic
            }
            #expect(reached, "the topic '\(topic.name)' is never reached")
        }
    }

    @Test("small talk: 'Do you play any games?' after the seasons question gets a games answer, not autumn")
    func gamesNotAutumn() throws {
        let shipped = try InterviewTopics.shipped()
        let games = try #require(shipped.topics.first { $0.name == "games" })
        var interview = try smallTalk(at: "summer or winter")
        let said = interview.nextLine(after: "I like winter because I can ski. Do you play any games?")
        let reply = try #require(said)
        #expect(reply.hasPrefix(games.answer), "\(reply)")
        #expect(!reply.contains("autumn"), "\(reply)")
        // The control: the interviewer's own question turned back gets the script's answer to it.
        var control = try smallTalk(at: "summer or winter")
        #expect(control.nextLine(after: "I like winter. What about you?")?.contains("I like autumn best.") == true)
    }

    @Test("'What's your name?' gets the name of the script's persona; a persona with no name gets no {name}")
    func name() throws {
        var interview = try smallTalk(at: "summer or winter")
        let reply = interview.nextLine(after: "Winter. By the way, what's your name?")
        #expect(reply?.hasPrefix("I'm Sam. Nice to meet you!") == true, "\(reply ?? "nil")")
        let url = smallTalk.deletingLastPathComponent().appendingPathComponent("restaurant.txt")
        var waiter = ScriptedInterview(try TranscriptParser.parse(contentsOf: url), topics: try .shipped())
        _ = waiter.nextLine(after: nil)
        let waiterReply = waiter.nextLine(after: "What is your name?")
        #expect(
            waiterReply?.contains("{name}") == false && waiterReply?.contains("I'm") == false, "\(waiterReply ?? "nil")"
        )
    }

    @Test("restaurant: 'Do you have a menu for child?' asks for a thing, not about family; 'any children?' does")
    func thingNotTopic() throws {
        let url = smallTalk.deletingLastPathComponent().appendingPathComponent("restaurant.txt")
        let reply = { (message: String) in
            var waiter = ScriptedInterview(try TranscriptParser.parse(contentsOf: url), topics: try .shipped())
            _ = waiter.nextLine(after: nil)
            return waiter.nextLine(after: message) ?? ""
        }
        for message in ["Do you have a menu for child?", "Do you have a chair for kids?"] {
            let said = try reply(message)
            #expect(!said.contains("sister") && !said.contains("parents"), "\(said)")
        }
        // The control: a question about the interviewer's own family still gets the family answer.
        #expect(try reply("Do you have any children?").contains("I have one older sister"))
        #expect(try reply("Do you have brothers in Seoul?").contains("I have one older sister"))
    }

    @Test(
        "small talk: everyday questions to the interviewer get a fitting answer",
        arguments: [
            ("Hi! How are you?", "I'm good, thanks for asking!"),
            ("Where are you from?", "I grew up in a small town by the sea"),
            ("What's your job?", "I enjoy my work"),
        ])
    func everyday(message: String, expected: String) throws {
        var interview = try smallTalk(at: "summer or winter")
        let reply = interview.nextLine(after: message)
        #expect(reply?.hasPrefix(expected) == true, "\(reply ?? "nil")")
    }

    @Test("small talk: an unknown question gets a neutral line, never the answer to the question asked")
    func unknownQuestion() throws {
        var interview = try smallTalk(at: "summer or winter")
        let said = interview.nextLine(after: "Summer. Do you believe in ghosts?")
        let reply = try #require(said)
        #expect(reply.hasPrefix("Ha, good question!") || reply.hasPrefix("Good question!"), "\(reply)")
        #expect(!reply.contains("autumn"), "\(reply)")
    }

    @Test(
        "small talk: a hobby named at a question with no follow-up for it gets a fitting follow-up",
        arguments: [
            ("My hobby is hiking.", "Where do you usually go hiking?"),
            ("I go climbing every Saturday.", "Do you climb indoors or outdoors?"),
            ("I went camping near a lake.", "Camping sounds fun!"),
            ("I like watching K-pop videos.", "K-pop! Who is your favourite singer or group?"),
            ("I read webtoons on my phone.", "Which one are you reading now?"),
            ("I usually go to the gym.", "What kind of exercise do you do?"),
            ("I took photos of the river.", "What do you like to take pictures of?"),
            ("I played the piano at home.", "how long have you been playing?"),
        ])
    func hobbyFollowUp(message: String, expected: String) throws {
        var interview = try smallTalk(at: "usually do on weekends")
        let said = interview.nextLine(after: message)
        let reply = try #require(said)
        #expect(reply.contains(expected), "\(reply)")
    }

    @Test("small talk: no hobby follow-up for a look-alike word, a negation or a wish")
    func noHobbyFollowUp() throws {
        for message in [
            "I cleaned the big display in my room.", "I don't like hiking at all.", "I want to try camping someday.",
            "I clean my room and do the laundry.",
        ] {
            var interview = try smallTalk(at: "usually do on weekends")
            #expect(interview.nextLine(after: message) == "What did you do last weekend?", "\(message)")
        }
    }
}
