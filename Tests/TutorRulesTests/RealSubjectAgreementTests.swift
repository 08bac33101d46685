// Agreement with the subject a verb really has: "you" opening a clause, "here/there" before an
// uncountable noun or "nothing", a singular noun standing alone as the subject, and "who" asking
// who does something.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Agreement with the real subject")
struct RealSubjectAgreementTests {
    private func corrected(_ text: String) -> String {
        Shipped.analyser.findings(in: text).corrected(text)
    }

    @Test(
        "'you' opening a clause or after a noun takes the plain form; 'you' as an object is left alone",
        arguments: [
            ("Tell me if you has any questions.", "Tell me if you have any questions."),
            ("You can visit us whenever you wants.", "You can visit us whenever you want."),
            ("The photos you has sent are lovely.", "The photos you have sent are lovely."),
            ("I was asleep when you was at the door.", "I was asleep when you were at the door."),
            ("What I want to ask you is simple.", "What I want to ask you is simple."),
            ("The book I lent you is on the desk.", "The book I lent you is on the desk."),
            ("This present for you is from all of us.", "This present for you is from all of us."),
        ])
    func you(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test(
        "'here are' before an uncountable noun becomes 'here is'; countable plurals and 'are here' stay",
        arguments: [
            ("Here are the information for your visit.", "Here is the information for your visit."),
            ("Here are some useful advice for beginners.", "Here is some useful advice for beginners."),
            ("Here are the tickets for the concert.", "Here are the tickets for the concert."),
            ("The keys are here with the information pack.", "The keys are here with the information pack."),
        ])
    func here(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test(
        "'there are' before someone, something or nothing becomes 'there is'",
        arguments: [
            ("There are nothing to do in my town.", "There is nothing to do in my town."),
            ("There were somebody in the garden.", "There was somebody in the garden."),
            ("There are something and someone I miss.", "There are something and someone I miss."),
            ("There were someone's bags on the seat.", "There were someone's bags on the seat."),
        ])
    func thereIndefinite(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test(
        "a bare singular subject: the verb agrees when the noun is used uncounted, the noun is plural when counted",
        arguments: [
            ("Modern technology have made travel easy.", "Modern technology has made travel easy."),
            ("Loud music make me tired.", "Loud music makes me tired."),
            ("Nurse have very long shifts.", "Nurses have very long shifts."),
            ("Office worker are often tired on Mondays.", "Office workers are often tired on Mondays."),
            ("Science and technology have changed our lives.", "Science and technology have changed our lives."),
            ("How much money do I need?", "How much money do I need?"),
            ("The staff are very friendly.", "The staff are very friendly."),
            ("My teacher has a new car.", "My teacher has a new car."),
        ])
    func bareSubject(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test(
        "'who' opening a question as its subject takes the singular; 'who' as an object stays",
        arguments: [
            ("Who want a second cup of tea?", "Who wants a second cup of tea?"),
            ("Who don't know this song?", "Who doesn't know this song?"),
            ("Who have you told about it?", "Who have you told about it?"),
            ("Who do they want to hire?", "Who do they want to hire?"),
            ("Who don't you like?", "Who don't you like?"),
        ])
    func whoQuestion(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test("the bare-subject findings are taught by their own rules")
    func bareSubjectRules() {
        let verb = Shipped.analyser.findings(in: "Modern technology have made travel easy.")
        #expect(verb.map(\.ruleID) == ["agreement.bare-subject"])
        let noun = Shipped.analyser.findings(in: "Nurse have very long shifts.")
        #expect(noun.map(\.ruleID) == ["noun-number.bare-subject"])
    }
}
