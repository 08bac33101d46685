// A question the learner has already answered is skipped: `answered [keywords]` under it, said
// by the learner as a plain statement before it comes; a question or a negative does not count.

import Foundation
import Testing
import TutorCore

private let weekends = """
    @title Weekends
    @kind script
    @description A test.
    interviewer: What do you usually do on weekends?
    followup [hiking, hike+]: Oh, nice! Where do you usually go hiking?
    interviewer: What did you do last weekend?
    answered [last weekend, last Saturday, last Sunday]
    interviewer: Do you have any pets?
    answered [my dog, have a dog]
    interviewer: What is your favourite food?
    interviewer: Thanks for chatting. See you around!
    """

/// Every line the interviewer says to `messages`, the first question first.
private func conversation(_ messages: [String]) throws -> [String] {
    var interview = ScriptedInterview(try TranscriptParser.parse(Data(weekends.utf8), sourceName: "weekends.txt"))
    return [interview.nextLine(after: nil)].compactMap { $0 } + messages.compactMap { interview.nextLine(after: $0) }
}

@Suite("Questions answered before they are asked")
struct AnsweredQuestionTests {
    @Test("the parser reads answered [keywords] under the question")
    func parsed() throws {
        let transcript = try TranscriptParser.parse(Data(weekends.utf8), sourceName: "weekends.txt")
        #expect(transcript.lines[1].answeredBy.map(\.description) == ["last weekend", "last saturday", "last sunday"])
        #expect(transcript.lines[0].answeredBy.isEmpty && transcript.lines[0].followUps.count == 1)
    }

    @Test("a weekend story at the weekend question skips 'What did you do last weekend?'")
    func weekendStorySkips() throws {
        let said = try conversation([
            "Last weekend I went hiking with my friends. It was fun.", "We went to Bukhansan near Seoul.",
        ])
        #expect(
            said == [
                "What do you usually do on weekends?", "Oh, nice! Where do you usually go hiking?",
                "Do you have any pets?",
            ])
    }

    @Test(
        "a keyword only in a question, in a negative or in a wish still gets the question asked",
        arguments: [
            "Did you do anything fun last weekend?", "I didn't do anything special last weekend.",
            "Last weekend I did not go out.", "I usually sleep a lot, and you?",
        ])
    func notAnAnswer(message: String) throws {
        let said = try conversation([message])
        #expect(said.last == "What did you do last weekend?", "\(said)")
    }

    @Test("a statement in one clause counts even when another clause is negative")
    func otherClauseNegative() throws {
        let said = try conversation(["I don't like going out, but last Sunday I met my cousin at a cafe."])
        #expect(said.last == "Do you have any pets?")
    }

    @Test("an answer given earlier in the conversation skips a question further on; a wish does not")
    func earlierAnswer() throws {
        #expect(
            try conversation(["My dog and I walk in the park every Saturday.", "I stayed home and watched TV."])
                == [
                    "What do you usually do on weekends?", "What did you do last weekend?",
                    "What is your favourite food?",
                ])
        #expect(
            try conversation(["I want to have a dog someday, so I visit shelters.", "I stayed home and watched TV."])
                .last == "Do you have any pets?")
    }

    @Test("answered lines are refused under the last line and in a recording")
    func refused() {
        let closing = "@title T\n@kind script\ninterviewer: Hi?\ninterviewer: Bye!\nanswered [bye]\n"
        #expect(throws: TranscriptError.self) { try TranscriptParser.parse(Data(closing.utf8), sourceName: "t.txt") }
        let recording = "@title T\n@kind recording\ninterviewer: Hi?\nanswered [hi]\nlearner: Hi.\n"
        #expect(throws: TranscriptError.self) { try TranscriptParser.parse(Data(recording.utf8), sourceName: "t.txt") }
        let withText = "@title T\n@kind script\ninterviewer: Hi?\nanswered [hi]: Hello.\ninterviewer: Bye!\n"
        #expect(throws: TranscriptError.self) { try TranscriptParser.parse(Data(withText.utf8), sourceName: "t.txt") }
    }
}

/// The shipped script `name`, played with `messages` as the learner's first answers and filler
/// after them: every line the interviewer says.
private func shippedConversation(_ name: String, _ messages: [String]) throws -> [String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../transcripts/\(name).txt").standardized
    var interview = ScriptedInterview(try TranscriptParser.parse(contentsOf: url), topics: try .shipped())
    var said = [interview.nextLine(after: nil)]
    for message in messages { said.append(interview.nextLine(after: message)) }
    while !interview.isFinished { said.append(interview.nextLine(after: "Mmm mmm mmm mmm mmm.")) }
    return said.compactMap { $0 }
}

@Suite("Answered questions in the shipped scripts")
struct ShippedAnsweredTests {
    @Test(
        "a learner's earlier statement skips the shipped question that asks for it",
        arguments: [
            ("small-talk", "I am working in a IT company near here.", "What do you do? Are you a student"),
            ("small-talk", "I usually wake up at 7 and take the bus.", "What time do you usually get up"),
            ("small-talk", "On weekends I usually meet my friends downtown.", "What do you usually do on weekends?"),
            ("small-talk", "There is a good restaurant near the station.", "Is there a good place to eat"),
            ("travel", "I prefer window seat, and I have one suitcase.", "Would you like a window seat"),
            ("travel", "I prefer window seat, and I have one suitcase.", "Are you checking any bags?"),
            ("school", "I am a student, my major is design.", "What do you do? Are you a student"),
            ("restaurant", "Just one. I'll have the pasta, please.", "What would you like to order?"),
            ("restaurant", "Two people. Can I have a steak?", "What would you like to order?"),
            ("restaurant", "One. I'd like the salmon with a soup.", "Would you like a salad or soup"),
            ("travel", "To Tokyo. I'd like a window seat, please.", "Would you like a window seat"),
        ])
    func skipped(script: String, message: String, question: String) throws {
        let said = try shippedConversation(script, [message])
        #expect(!said.contains { $0.contains(question) }, "\(said)")
        // The control: an answer that says nothing of it leaves the question asked.
        let control = try shippedConversation(script, ["Mmm mmm mmm mmm mmm."])
        #expect(control.contains { $0.contains(question) })
    }

    @Test("travel: a learner travelling alone is not asked whether they would like to sit together")
    func alone() throws {
        let said = try shippedConversation(
            "travel", ["London.", "Here it is.", "I am travelling alone, my family is at home."])
        #expect(!said.contains { $0.contains("sit together") }, "\(said)")
    }
}

private let ordering = """
    @title Ordering
    @kind script
    @description A test.
    interviewer: Can I get you something to drink?
    interviewer: Have you been here before?
    interviewer: What would you like to order?
    answered request [noodles, fried rice, dumpling*]
    interviewer: Would you like some tea with that?
    interviewer: Enjoy your meal!
    """

/// The question after the learner's first two answers, in the ordering script.
private func questionAfter(_ first: String, _ second: String = "No, this is my first visit.") throws -> String? {
    var interview = ScriptedInterview(try TranscriptParser.parse(Data(ordering.utf8), sourceName: "ordering.txt"))
    _ = interview.nextLine(after: nil)
    _ = interview.nextLine(after: first)
    return interview.nextLine(after: second)
}

@Suite("Questions answered by a request before they are asked")
struct AnsweredByRequestTests {
    @Test("the parser reads answered request [keywords] apart from answered [keywords]")
    func parsed() throws {
        let transcript = try TranscriptParser.parse(Data(ordering.utf8), sourceName: "ordering.txt")
        #expect(transcript.lines[2].answeredByRequest.map(\.description) == ["noodles", "fried rice", "dumpling*"])
        #expect(transcript.lines[2].answeredBy.isEmpty && transcript.lines[2].canBeAnsweredEarly)
        let wrongKind = "@title T\n@kind script\ninterviewer: Hi?\nanswered wish [hi]\ninterviewer: Bye!\n"
        #expect(throws: TranscriptError.self) { try TranscriptParser.parse(Data(wrongKind.utf8), sourceName: "t.txt") }
    }

    @Test(
        "an order given early skips 'What would you like to order?'",
        arguments: [
            "Just water, thanks. And I'll have the noodles, please.",
            "Can I have a cold tea? Could I get fried rice too?",
            "I'd like the dumplings and a green tea.", "Water, please. I would like to order the fried rice.",
            "Green tea. I will have noodles with it.", "Some dumplings, please.",
            "Water, and I want the spicy noodles.", "We'll have two plates of dumplings.",
        ])
    func orderSkips(message: String) throws {
        #expect(try questionAfter(message) == "Would you like some tea with that?")
    }

    @Test(
        "a question, a negative, a wish about something else or a statement does not skip it",
        arguments: [
            "Can I see the menu?", "I don't want noodles today, just water.", "Are the noodles spicy?",
            "I'd like to eat noodles in Japan someday.", "Water, please. I usually cook fried rice at home.",
            "Could you tell me about the dumplings, please?", "Water. No dumplings for me, please.",
        ])
    func notAnOrder(message: String) throws {
        #expect(try questionAfter(message) == "What would you like to order?")
    }

    @Test("an order given at the question just before it skips it too")
    func orderAtPreviousQuestion() throws {
        #expect(
            try questionAfter("Water, please.", "Yes, I come here often. I'll take the noodles.")
                == "Would you like some tea with that?")
    }

    @Test("what a request asks for, as LearnerAnswer reads it")
    func requestedWords() throws {
        let dumplings = try Keyword.parse("dumpling*").get()
        #expect(LearnerAnswer("Could we get some dumplings?").requests(dumplings))
        #expect(!LearnerAnswer("I made dumplings yesterday.").requests(dumplings))
        #expect(!LearnerAnswer("I can't have dumplings, I'm allergic.").requests(dumplings))
    }
}
