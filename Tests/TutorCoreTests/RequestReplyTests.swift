// A learner's request or price question gets the script's `request` or `price` line, not a
// "Good question!" meant for a question about the interviewer; a short full sentence gets no
// prompt to say it in a full sentence.

import Foundation
import Testing
import TutorCore

/// Each line's text names its kind, so the table reads as learner line → reply.
private let requests = """
    @title Requests
    @kind script
    @description A test.
    short-answer: SHORT
    ask-back: ASK-BACK
    request [ask, question]: ASK-AWAY?
    request [water]: WATER
    request [bill, check]: BILL
    request [map]: MAP
    request [soup, steak]: FOOD
    request [salt, knife]: TABLEWARE
    request: ANY-REQUEST
    price [wine]: WINE-PRICE
    price: ANY-PRICE
    interviewer: Can I get you something to drink?
    followup [coke]: ICE
    interviewer: NEXT
    interviewer: END
    """

private func reply(to messages: [String]) throws -> [String?] {
    var interview = ScriptedInterview(try TranscriptParser.parse(Data(requests.utf8), sourceName: "requests.txt"))
    _ = interview.nextLine(after: nil)
    return messages.map { interview.nextLine(after: $0) }
}

@Suite("Scripted interview: requests and prices")
struct RequestReplyTests {
    @Test(
        "learner line → reply",
        arguments: [
            // A request gets its line, then the interview goes on.
            ("Could you bring us some water?", "WATER NEXT"),
            ("Can we have the bill, please?", "BILL NEXT"),
            ("Check, please.", "BILL NEXT"),
            ("I'd like some water.", "WATER NEXT"),
            ("Do you have a map?", "MAP NEXT"),
            ("Can I pay by card?", "ANY-REQUEST NEXT"),
            ("Could you call a taxi for me?", "ANY-REQUEST NEXT"),
            // A price question gets a price, not "Good question!".
            ("How much is this wine?", "WINE-PRICE NEXT"),
            ("How much does it cost?", "ANY-PRICE NEXT"),
            ("What's the price of the soup?", "ANY-PRICE NEXT"),
            // A line that asks back waits for the learner's answer.
            ("Can I ask you a question?", "ASK-AWAY?"),
            // "ask for" asks for the thing, not to ask a question.
            ("Can I ask for the bill?", "BILL NEXT"),
            ("Could I ask for some water?", "WATER NEXT"),
            // The line whose keyword names the thing asked for wins over one for a word about it.
            ("Can I have a steak knife?", "TABLEWARE NEXT"),
            ("Could I have some salt for my soup?", "TABLEWARE NEXT"),
            ("Can I have the soup, please?", "FOOD NEXT"),
            // The question's own follow-up takes up a request that answers it.
            ("Can I have a coke?", "ICE"),
            // Negative controls: a question about the interviewer, an amount, a refusal, a wish.
            ("Do you like wine?", "ASK-BACK NEXT"),
            ("How much do you like your job?", "ASK-BACK NEXT"),
            ("Could you tell me about the wine?", "ASK-BACK NEXT"),
            ("I don't want water.", "NEXT"),
            ("I want to get a good job.", "NEXT"),
            ("Can I speak Korean?", "NEXT"),
        ])
    func choice(message: String, expected: String) throws {
        #expect(try reply(to: [message]) == [expected])
    }

    @Test(
        "the shipped scripts: a request gets the line for what it asks for",
        arguments: [
            ("restaurant", "Can I ask for the bill?", "Of course. Here is your bill."),
            ("restaurant", "Can I ask for some water?", "Of course. I'll bring you some water right away."),
            ("restaurant", "Can I ask you a question?", "Of course! What would you like to know?"),
            ("restaurant", "Can I have a steak knife?", "Sure, here you are."),
            ("restaurant", "Could I have some salt for my soup?", "Sure, here you are."),
            ("restaurant", "Can I have the steak, please?", "Good choice! I'll tell the kitchen."),
            ("restaurant", "Can we split the bill?", "Of course. You can pay separately at the counter."),
            ("restaurant", "Can we have separate checks?", "Of course. You can pay separately at the counter."),
            ("restaurant", "Can I have a glass of red wine?", "Of course. A glass or a bottle?"),
            ("restaurant", "Can I have a dark beer?", "Sure. I'll bring it right away."),
            ("travel", "Can I ask for a window seat?", "Let me check. Yes, I can give you that seat."),
            ("travel", "Can I take this bag on the plane?", "Of course. I can help you with your bags."),
            ("travel", "Can I get an upgrade?", "Of course. I'll take care of that for you."),
            ("school", "Can I ask for some water?", "Of course. There's a water cooler next to the door."),
            ("small-talk", "Can I have your Instagram?", "Sure! Let's add each other."),
            ("small-talk", "Can I have your phone number?", "Sure! Let's swap numbers."),
            ("job-interview", "Could I ask for some water?", "Of course. Here's a glass of water."),
        ])
    func shippedScripts(script: String, message: String, expected: String) throws {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("../../transcripts/\(script).txt").standardized
        var interview = ScriptedInterview(try TranscriptParser.parse(contentsOf: url))
        _ = interview.nextLine(after: nil)
        let reply = interview.nextLine(after: message)
        #expect(reply?.hasPrefix(expected) == true, "\(reply ?? "nothing")")
    }

    @Test("a request and a question in one message: the request's line, then the answer, then the next question")
    func requestAndQuestion() throws {
        #expect(try reply(to: ["Can we have the bill? And do you work here every day?"]) == ["BILL ASK-BACK NEXT"])
    }

    @Test("a second request for the same thing gets the line for any request, not one for a word about it")
    func secondNamedRequest() throws {
        #expect(
            try reply(to: ["Can I have some salt?", "Could I have some salt for my soup?"]) == [
                "TABLEWARE NEXT", "ANY-REQUEST END",
            ])
    }

    @Test("no line twice: a second request for water gets the request line for any request")
    func secondRequest() throws {
        #expect(try reply(to: ["Water, please.", "Could you bring more water?"]) == ["WATER NEXT", "ANY-REQUEST END"])
    }

    @Test(
        "the restaurant: six requests in a row each get a waiter's reply (lines said before come again, longest ago first)"
    )
    func restaurantRequests() throws {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("../../transcripts/restaurant.txt").standardized
        var interview = ScriptedInterview(try TranscriptParser.parse(contentsOf: url))
        _ = interview.nextLine(after: nil)
        let requests = [
            "Can I have a napkin?", "Could you give me a fork?", "Can we get more kimchi?",
            "Could I have another spoon please?", "Could we have some ice?", "Can I get a straw?",
        ]
        let waiterReplies = ["Sure, here you are.", "Sure, no problem.", "Of course. Just a moment."]
        for request in requests {
            let reply = interview.nextLine(after: request) ?? ""
            #expect(waiterReplies.contains { reply.hasPrefix($0) }, "\(request) → \(reply)")
        }
    }

    @Test(
        "the prompt to say more is for fragments, not short sentences",
        arguments: [
            ("Seoul.", "SHORT"), ("Yes.", "SHORT"), ("Yes, I do.", "SHORT"), ("My brother.", "SHORT"),
            ("I'm a nurse.", "NEXT"), ("I like it.", "NEXT"), ("It's good.", "NEXT"), ("Hello, I'm Yuna.", "NEXT"),
            ("I am fine.", "NEXT"), ("Here you are.", "NEXT"),
        ])
    func fragments(message: String, expected: String) throws {
        #expect(try reply(to: [message]) == [expected])
    }

    @Test("request and price lines parse with and without keywords; a malformed one names what to write")
    func parsing() throws {
        let transcript = try TranscriptParser.parse(Data(requests.utf8), sourceName: "requests.txt")
        #expect(transcript.generalFollowUps.contains { $0.trigger == .price([]) && $0.text == "ANY-PRICE" })
        let bad = requests.replacingOccurrences(of: "price: ANY-PRICE", with: "price wine: ANY-PRICE")
        #expect {
            try TranscriptParser.parse(Data(bad.utf8), sourceName: "bad.txt")
        } throws: { error in
            String(describing: error).contains("write price [keywords]: text")
        }
    }
}
