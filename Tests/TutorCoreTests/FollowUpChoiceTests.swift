// Which kind of reply a learner's line gets: intent (lost, unsure, Korean, a question back)
// before keywords, keywords in the right mood (a wish or a fact) and not negated, a prompt
// after a very short answer. One table: learner line → the kind of follow-up.

import Foundation
import Testing
import TutorCore

/// Each line's text names its kind, so the table reads as learner line → kind.
private let choices = """
    @title Choices
    @kind script
    @description A test.
    short-answer: SHORT
    dont-know: DONT-KNOW
    not-english: NOT-ENGLISH
    ask-back: ASK-BACK
    interviewer: Why do you want to learn English?
    followup wish [work*, job, company]: WISH-WORK
    followup fact [work*, job, company]: FACT-WORK
    followup [hiking, travel*]: HIKING
    followup [not much, nothing]: NOTHING
    followup [because]: BECAUSE
    interviewer: NEXT
    interviewer: END
    """

/// The reply to `message`, after the first question.
private func reply(to messages: [String]) throws -> [String?] {
    var interview = ScriptedInterview(try TranscriptParser.parse(Data(choices.utf8), sourceName: "choices.txt"))
    _ = interview.nextLine(after: nil)
    return messages.map { interview.nextLine(after: $0) }
}

@Suite("Scripted interview: which follow-up a learner's line gets")
struct FollowUpChoiceTests {
    @Test(
        "learner line → kind of follow-up",
        arguments: [
            // A wish is not a fact: a student who wants a job is not asked about their work.
            ("Because I want to work in a global company.", "WISH-WORK"),
            ("I want to get a good job.", "WISH-WORK"),
            ("My dream is to get a job at a game company.", "WISH-WORK"),
            ("I will work in Canada next year.", "WISH-WORK"),
            ("I'd like to find a job abroad.", "WISH-WORK"),
            ("I work at a bank, and we have foreign customers.", "FACT-WORK"),
            ("I worked at a hotel last year.", "FACT-WORK"),
            ("For my job.", "FACT-WORK"),
            // Negation turns a keyword round, up to a "but" or a comma.
            ("I don't work now. I am a student.", "NEXT"),
            ("I don't like hiking very much.", "NEXT"),
            ("I don't like hiking, but I love to travel.", "HIKING"),
            ("I never go hiking but I travel a lot.", "HIKING"),
            // A keyword that itself says no still counts.
            ("Not much, really.", "NOTHING"),
            // A keyword in the learner's own question is not their answer.
            ("Do you like hiking?", "ASK-BACK NEXT"),
            ("Where do you travel usually", "ASK-BACK NEXT"),
            ("I like hiking. Do you?", "ASK-BACK HIKING"),
            ("I love hiking, what about you?", "ASK-BACK HIKING"),
            ("What about you?", "ASK-BACK NEXT"),
            // Not knowing what to say: help, not "tell me more"; content wins when there is some.
            ("I don't know.", "DONT-KNOW"),
            ("Hmm... I'm not sure.", "DONT-KNOW"),
            ("No idea", "DONT-KNOW"),
            ("I don't know, maybe to travel.", "HIKING"),
            // Not understanding the question: an easier way to ask, not an answer about the interviewer.
            ("Sorry?", "DONT-KNOW"),
            ("What does 'learn' mean?", "DONT-KNOW"),
            ("I don't understand.", "DONT-KNOW"),
            ("Can you say that again?", "DONT-KNOW"),
            ("Can you speak slowly, please?", "DONT-KNOW"),
            ("Could you give me an example?", "DONT-KNOW"),
            // Korean typed instead of English: a prompt in English; "I don't know" in Korean is help.
            ("영어를 잘하고 싶어서요.", "NOT-ENGLISH"),
            ("잘 모르겠어요.", "DONT-KNOW"),
            ("무슨 뜻이에요?", "DONT-KNOW"),
            ("I like 김치 and 불고기 very much.", "NEXT"),
            // Very short answers get a prompt to say more.
            ("Yes.", "SHORT"),
            ("Good.", "SHORT"),
            // A polite, complete reply needs nothing more.
            ("Yes, please.", "NEXT"),
            ("No, thank you.", "NEXT"),
            ("I see.", "NEXT"),
            ("Ok", "NEXT"),
            ("Because it is fun.", "BECAUSE"),
            // A request answers the interviewer: its keywords count, and it is no question back.
            ("Can I have a job in marketing?", "FACT-WORK"),
            ("Could we talk about my job?", "FACT-WORK"),
            ("I like English songs and movies a lot.", "NEXT"),
            ("", "NEXT"),
        ])
    func choice(message: String, expected: String) throws {
        #expect(try reply(to: [message]) == [expected])
    }

    @Test("help for a learner who does not know is given once; then the interview moves on, never pressing")
    func unsureTwice() throws {
        #expect(try reply(to: ["I don't know.", "I really don't know."]) == ["DONT-KNOW", "NEXT"])
        #expect(try reply(to: ["Sorry?", "Yes."]) == ["DONT-KNOW", "NEXT"])
    }

    @Test("a learner who did not understand and has no help left hears the question once more, then it moves on")
    func lostTwice() throws {
        #expect(
            try reply(to: ["Sorry?", "Pardon?", "What?", "I don't understand."]) == [
                "DONT-KNOW", "Why do you want to learn English?", "NEXT", "NEXT",
            ])
        // (the last "NEXT" is the next question said again, for a learner lost there too)
    }

    @Test("a second message in Korean moves on once the prompt is used")
    func koreanTwice() throws {
        #expect(try reply(to: ["영어 공부하고 싶어요.", "진짜 어려워요."]) == ["NOT-ENGLISH", "NEXT"])
    }

    @Test(
        "reading a message: questions back, lost, unsure, Korean",
        arguments: [
            ("Do you like hiking?", true, false, false, false),
            ("What does hometown mean?", false, true, false, false),
            ("Pardon?", false, true, false, false),
            ("Sorry, I was late.", false, false, false, false),
            ("I have no idea.", false, false, true, false),
            ("I know a lot about it.", false, false, false, false),
            ("저는 학생이에요.", false, false, false, true),
            ("My name is 민준.", false, false, false, false),
        ])
    func reading(text: String, isQuestion: Bool, isLost: Bool, isUnsure: Bool, isNotEnglish: Bool) {
        let answer = LearnerAnswer(text)
        #expect(answer.isQuestion == isQuestion)
        #expect(answer.isLost == isLost)
        #expect(answer.isUnsure == isUnsure)
        #expect(answer.isNotEnglish == isNotEnglish)
    }
}
