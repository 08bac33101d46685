// Prepositions a word or a time phrase chooses: dates and weeks ("in 12th May", "on the second
// week"), "during 6 years", "gave to me a bike", "at the stage", "suits to you", "the concert I
// went last week", "we stayed tents", "good cooking", "talk each other",
// "hard to me".

import Testing
import TutorCore

@testable import TutorRules

@Suite("Prepositions chosen by a word or a time phrase")
struct GovernedPrepositionRound20Tests {
    @Test(
        "a date takes 'on', a month with its year and a week of a series 'in'",
        arguments: [
            ("The fair opens in 12th May.", "The fair opens on 12th May."),
            ("The fair opens at 3rd of June.", "The fair opens on 3rd of June."),
            ("She was born on June 2010.", "She was born in June 2010."),
            ("Exams start on the last week of term.", "Exams start in the last week of term."),
            ("She was born on June 3 2010.", "She was born on June 3 2010."),
            ("We arrive on the first day of the week.", "We arrive on the first day of the week."),
            ("I saved 12 dollars in 3 weeks.", "I saved 12 dollars in 3 weeks."),
        ])
    func datesAndWeeks(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "a length of time in digits takes 'for' as one in words does; a point in time stays",
        arguments: [
            ("I lived in Daegu during 4 years.", "I lived in Daegu for 4 years."),
            ("He has worked there since 2 months.", "He has worked there for 2 months."),
            ("It snowed during one day of our trip.", "It snowed during one day of our trip."),
            ("He has worked there since 2019.", "He has worked there since 2019."),
        ])
    func durationInDigits(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "a person then a thing after 'give' and the like: no 'to'; a thing then 'to' a person stays",
        arguments: [
            ("Please bring to us some water.", "Please bring us some water."),
            ("The guide showed to me the old gate.", "The guide showed me the old gate."),
            ("The guide showed the old gate to me.", "The guide showed the old gate to me."),
            ("I lent my notes to her brother.", "I lent my notes to her brother."),
        ])
    func personThenThing(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "performers are on the stage; a stage of a process and the stage door stay",
        arguments: [
            ("The dancers were at the stage all night.", "The dancers were on the stage all night."),
            ("At the stage of testing, we found a bug.", "At the stage of testing, we found a bug."),
            ("I met the actor at the stage door.", "I met the actor at the stage door."),
        ])
    func onTheStage(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "'suit' takes a person directly; 'suited to' stays",
        arguments: [
            ("Short hair really suits to her.", "Short hair really suits her."),
            ("This flat is suited to students.", "This flat is suited to students."),
        ])
    func suitsAPerson(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "a place or an event keeps its 'to' after the clause that goes there; a day, 'where' and a phrase of place stay",
        arguments: [
            ("The festival we went on Sunday was crowded.", "The festival we went to on Sunday was crowded."),
            ("This is a library which I often go.", "This is a library which I often go to."),
            ("The week we went was rainy.", "The week we went was rainy."),
            ("The beach where we went was clean.", "The beach where we went was clean."),
            ("At the festival we went, it rained.", "At the festival we went, it rained."),
            ("The festival we went to was crowded.", "The festival we went to was crowded."),
        ])
    func placeGoneTo(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "'stay' takes 'in' before a place one stays in; the night, friends and the same stay bare",
        arguments: [
            ("Next summer we will stay a youth hostel.", "Next summer we will stay in a youth hostel."),
            ("I prefer staying small hotels.", "I prefer staying in small hotels."),
            ("Why don't you stay the night?", "Why don't you stay the night?"),
            ("Let's stay friends.", "Let's stay friends."),
            ("Prices stay the same.", "Prices stay the same."),
        ])
    func stayInAPlace(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "a person is good at what they do, and people talk to each other; 'good looking' and a noun stay",
        arguments: [
            ("My cousin is very good dancing.", "My cousin is very good at dancing."),
            ("Jisoo was bad singing at first.", "Jisoo was bad at singing at first."),
            ("My cousin is very good looking.", "My cousin is very good looking."),
            ("He is the best running coach in town.", "He is the best running coach in town."),
            ("We often speak each other in English.", "We often speak to each other in English."),
        ])
    func goodAtAndEachOther(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "who something is hard or easy for takes 'for'; an opinion after 'seem' and an infinitive stay",
        arguments: [
            ("Korean grammar is not easy to them.", "Korean grammar is not easy for them."),
            ("Is Monday convenient to you?", "Is Monday convenient for you?"),
            ("The trip looks impossible to me.", "The trip looks impossible to me."),
            ("The stairs are dangerous to children.", "The stairs are dangerous to children."),
            ("It is hard to say.", "It is hard to say."),
        ])
    func difficultFor(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }
}
