// Korean particles chosen for the word they follow (은/는, 이/가, 을/를, (으)로, (이)라고, 과/와).

/// A Korean particle whose form depends on whether the word before it ends in a consonant
/// (받침). Templates write `{correction:을}`; the word actually inserted decides 을 or 를, so a
/// learner never reads "은(는)". English words are judged by how Korean writes them: "book"
/// (북) and "film" (필름) end in a consonant, "make" (메이크), "goes" (고즈) and "bad" (배드) do not.
enum KoreanParticle: CaseIterable, Sendable {
    case topic, subject, object, direction, quotation, conjunction

    /// The particle a template names, by either of its forms ("은" or "는").
    init?(marker: Substring) {
        switch marker {
        case "은", "는": self = .topic
        case "이", "가": self = .subject
        case "을", "를": self = .object
        case "으로", "로": self = .direction
        case "이라고", "라고": self = .quotation
        case "과", "와": self = .conjunction
        default: return nil
        }
    }

    /// The form of the particle after `word`.
    func form(after word: String) -> String {
        let ending = Self.ending(of: word)
        switch self {
        case .topic: return ending == .vowel ? "는" : "은"
        case .subject: return ending == .vowel ? "가" : "이"
        case .object: return ending == .vowel ? "를" : "을"
        case .direction: return ending == .consonant ? "으로" : "로"  // ㄹ takes 로, like a vowel
        case .quotation: return ending == .vowel ? "라고" : "이라고"
        case .conjunction: return ending == .vowel ? "와" : "과"
        }
    }

    enum Ending { case vowel, consonant, rieul }

    /// How a word ends when read in Korean.
    static func ending(of word: String) -> Ending {
        let trimmed = word.unicodeScalars.reversed().drop { !($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard let last = trimmed.first else { return .vowel }
        if (0xAC00...0xD7A3).contains(last.value) {
            let final = (last.value - 0xAC00) % 28
            return final == 0 ? .vowel : final == 8 ? .rieul : .consonant
        }
        if ("0"..."9").contains(last) {
            // 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구
            switch last {
            case "1", "7", "8": return .rieul
            case "0", "3", "6": return .consonant
            default: return .vowel
            }
        }
        let letters = String(String.UnicodeScalarView(trimmed.reversed())).lowercased()
        return englishEnding(letters)
    }

    /// The ending of an English word as Korean loanwords spell it: nasals and a final l are
    /// 받침; a stop after one short vowel is 받침 (book 북, cat 캣, job 잡); a stop after a
    /// long vowel, a cluster or a silent e gets 으 (make 메이크, went 웬트), and so does d (bad 배드).
    static func englishEnding(_ word: String) -> Ending {
        let letters = Array(word)
        guard let last = letters.last else { return .vowel }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if word.hasSuffix("le") || last == "l" { return .rieul }
        if last == "m" || last == "n" || word.hasSuffix("ng") { return .consonant }
        // A two-letter word's e is spoken: me 미, he 히, we 위, be 비 ("told me", "to me").
        if last == "e", word.split(separator: " ").last?.count == 2 { return .vowel }
        // A silent e after m or n: phone 폰, game 게임, time 타임.
        if word.hasSuffix("me") || word.hasSuffix("ne") { return .consonant }
        if word.hasSuffix("ck") || word.hasSuffix("ic") { return .consonant }  // music 뮤직, magic 매직
        // An unstressed "-ite" is a short i and its t a 받침: favourite 페이버릿, opposite 오퍼짓,
        // definite 데피닛 (a stressed one is not: write 라이트, invite 인바이트); minute 미닛.
        if ["orite", "ourite", "osite", "inite", "minute"].contains(where: { word.hasSuffix($0) }) {
            return .consonant
        }
        if ["k", "p", "t", "b", "g"].contains(last), letters.count >= 2 {
            let before = letters[letters.count - 2]
            let twoBefore = letters.count >= 3 ? letters[letters.count - 3] : " "
            // one short vowel before the stop: "book" has two letters of one short vowel
            if vowels.contains(before), !vowels.contains(twoBefore) || word.hasSuffix("ook") || word.hasSuffix("oot") {
                return .consonant
            }
        }
        if letters.count == 1 {
            // A single letter is read by its name: "I" (아이), "a" (에이), "l" (엘), "m" (엠), "n" (엔).
            return ["l"].contains(last) ? .rieul : ["m", "n"].contains(last) ? .consonant : .vowel
        }
        return .vowel
    }
}

extension String {
    /// The template with `{name}` and `{name:particle}` filled in: `{name}` becomes the value,
    /// `{name:을}` becomes `'value'` followed by the particle's form for that value.
    func fillingPlaceholders(_ values: [String: String]) -> String {
        fillingPlaceholders { values[String($0)] }
    }

    /// The same, with each name's value from `value` (nil: the placeholder stays as written).
    /// The braces are found in the UTF-8 bytes, not by walking the template's characters: this
    /// runs twice for every finding (the English and the Korean message).
    func fillingPlaceholders(_ value: (Substring) -> String?) -> String {
        if let filled = utf8.withContiguousStorageIfAvailable({ Self.filling($0, value) }) { return filled ?? self }
        let bytes = utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return self }
        var result = ""
        var restStart = bytes.startIndex
        while let open = bytes[restStart...].firstIndex(of: UInt8(ascii: "{")) {
            result += self[restStart..<open]
            let afterOpen = bytes.index(after: open)
            guard let close = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else {
                return result + self[open...]
            }
            let parts = self[afterOpen..<close].split(separator: ":", maxSplits: 1)
            if let name = parts.first, let value = value(name) {
                if parts.count == 2, let particle = KoreanParticle(marker: parts[1]) {
                    result += "'\(value)'" + particle.form(after: value)
                } else if parts.count == 1 {
                    result += value
                } else {
                    result += self[open...close]
                }
            } else {
                result += self[open...close]
            }
            restStart = bytes.index(after: close)
        }
        return result + self[restStart...]
    }

    /// `fillingPlaceholders` over the template's bytes, read in place (a brace is one byte,
    /// never part of another character); the same text, without Substring searches. Nil when
    /// there is no brace (the template is its own text).
    private static func filling(_ bytes: UnsafeBufferPointer<UInt8>, _ value: (Substring) -> String?) -> String? {
        var result: [UInt8] = []
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
            if result.isEmpty { result.reserveCapacity(bytes.count + 32) }
            result.append(contentsOf: bytes[rest..<open])
            guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                result.append(contentsOf: bytes[open...])
                return String(decoding: result, as: UTF8.self)
            }
            let parts = placeholderParts(Substring(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)))
            if let name = parts.first, let value = value(name) {
                if parts.count == 2, let particle = KoreanParticle(marker: parts[1]) {
                    result.append(contentsOf: "'\(value)'".utf8)
                    result.append(contentsOf: particle.form(after: value).utf8)
                } else if parts.count == 1 {
                    result.append(contentsOf: value.utf8)
                } else {
                    result.append(contentsOf: bytes[open...close])
                }
            } else {
                result.append(contentsOf: bytes[open...close])
            }
            rest = close + 1
        }
        guard rest > 0 else { return nil }
        result.append(contentsOf: bytes[rest...])
        return String(decoding: result, as: UTF8.self)
    }

    /// A placeholder's name and particle marker: what `split(separator: ":", maxSplits: 1)`
    /// gives, without its cost in the common cases (no colon; a colon between two parts).
    private static func placeholderParts(_ inner: Substring) -> [Substring] {
        guard let colon = inner.utf8.firstIndex(of: UInt8(ascii: ":")) else { return inner.isEmpty ? [] : [inner] }
        let afterColon = inner.utf8.index(after: colon)
        guard colon != inner.startIndex, afterColon != inner.endIndex else {
            return inner.split(separator: ":", maxSplits: 1)
        }
        return [inner[..<colon], inner[afterColon...]]
    }
}
