// The lexicon's verbs, nouns and adjectives, looked up straight from a memory-mapped file.

import Foundation

/// The verb, noun and adjective tables of the lexicon (Resources/lexicon/forms.bin, written
/// by scripts/gen-word-forms.py from verbs.tsv, nouns.tsv and adjectives.tsv; the script
/// describes the format). Mapped, not parsed: built in memory, the same tables took about
/// 5 MB of heap in every process; mapped, only the pages looked up are read (issue 17: the
/// chat's RSS). A lookup is the same open-addressed probe as `WordIndex`'s, with the word
/// compared on a hit, so answers are exact.
struct WordFormTables: @unchecked Sendable {
    // @unchecked: every pointer points into `image`, which this value keeps alive and nothing
    // ever writes to.
    private let image: ByteImage
    let verbBases: Index
    let verbForms: Index
    let singulars: Index
    let plurals: Index
    let adjectives: Index
    let comparatives: Index
    let superlatives: Index
    let strings: Strings
    private let verbRows: UnsafePointer<UInt32>
    private let nounRows: UnsafePointer<UInt32>
    private let readings: UnsafePointer<UInt32>
    let verbCount: Int
    let nounCount: Int

    /// A string of the file, by its number. Equal strings have equal references.
    typealias StringReference = UInt32

    /// Maps forms.bin; an error names the file when it is missing, not such a table, or
    /// inconsistent (a reference outside the file).
    init(contentsOf url: URL) throws(RuleDataError) {
        let file = url.lastPathComponent
        let regenerate = "(regenerate it with scripts/gen-word-forms.py)"
        let image = try ByteImage(mapping: url)
        let raw = image.bytes
        guard raw.count >= Self.headerSize, let base = raw.baseAddress, raw.prefix(4).elementsEqual("CTLX".utf8) else {
            throw RuleDataError.malformed(file: file, detail: "not a word-form table \(regenerate)")
        }
        let field = { (index: Int) in
            Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 4 * index, as: UInt32.self)))
        }
        let (poolSize, stringCount, verbCount) = (field(0), field(1), field(2))
        let (nounCount, readingCount) = (field(3), field(4))
        let slotCounts = (0..<7).map { field(5 + $0) }
        guard slotCounts.allSatisfy({ $0 > 0 && $0 & ($0 - 1) == 0 }) else {
            throw RuleDataError.malformed(file: file, detail: "an index's size is not a power of two \(regenerate)")
        }
        let slotsSize = slotCounts.reduce(0, +) * 16
        let verbsAt = Self.headerSize + slotsSize
        let nounsAt = verbsAt + 24 * verbCount
        let readingsAt = nounsAt + 20 * nounCount
        let startsAt = readingsAt + 4 * readingCount
        let poolAt = startsAt + 4 * (stringCount + 1)
        guard raw.count == poolAt + poolSize else {
            throw RuleDataError.malformed(file: file, detail: "its size does not match its counts \(regenerate)")
        }
        // The image is page-aligned; the header is 56 bytes and the slots 16 each, so the
        // slots are 8-aligned and the rows 4-aligned.
        guard
            let strings = Strings(
                starts: (base + startsAt).assumingMemoryBound(to: UInt32.self), count: stringCount,
                pool: UnsafeBufferPointer(start: (base + poolAt).assumingMemoryBound(to: UInt8.self), count: poolSize))
        else {
            throw RuleDataError.malformed(file: file, detail: "a string lies outside the file \(regenerate)")
        }
        var indexes: [Index] = []
        var slotsAt = Self.headerSize
        for count in slotCounts {
            indexes.append(
                Index(slots: (base + slotsAt).assumingMemoryBound(to: UInt64.self), mask: count - 1, strings: strings))
            slotsAt += 16 * count
        }
        let verbRows = (base + verbsAt).assumingMemoryBound(to: UInt32.self)
        let nounRows = (base + nounsAt).assumingMemoryBound(to: UInt32.self)
        let readings = (base + readingsAt).assumingMemoryBound(to: UInt32.self)
        // Every reference inside the file, checked once here, so lookups need not.
        let rowCounts = [verbCount, 0, nounCount, nounCount, Int.max, 0, 0]
        for (number, index) in indexes.enumerated() {
            // At least one empty slot, or a lookup of an absent word would never end.
            var filled = 0
            let valid = index.allSlots { key, value in
                filled += 1
                guard strings.holds(key) else { return false }
                switch number {
                case 1: return Int(value >> 8) + Int(value & 0xFF) <= readingCount
                case 5, 6: return strings.holds(value)
                default: return Int(value) < rowCounts[number]
                }
            }
            guard valid, filled <= slotCounts[number] / 2 else {
                throw RuleDataError.malformed(
                    file: file, detail: "an index is too full or points outside the file \(regenerate)")
            }
        }
        let field32 = { (rows: UnsafePointer<UInt32>, index: Int) in UInt32(littleEndian: rows[index]) }
        let rowsValid =
            (0..<verbCount).allSatisfy { row in (0..<5).allSatisfy { strings.holds(field32(verbRows, 6 * row + $0)) } }
            && (0..<nounCount).allSatisfy { row in (0..<2).allSatisfy { strings.holds(field32(nounRows, 5 * row + $0)) }
            }
            && (0..<readingCount).allSatisfy {
                Int(field32(readings, $0) >> 3) < verbCount && field32(readings, $0) & 7 < 5
            }
        guard rowsValid else {
            throw RuleDataError.malformed(file: file, detail: "a row points outside the file \(regenerate)")
        }
        image.releasePages()
        self.image = image
        (verbBases, verbForms, singulars, plurals) = (indexes[0], indexes[1], indexes[2], indexes[3])
        (adjectives, comparatives, superlatives) = (indexes[4], indexes[5], indexes[6])
        self.strings = strings
        self.verbRows = verbRows
        self.nounRows = nounRows
        self.readings = readings
        self.verbCount = verbCount
        self.nounCount = nounCount
    }

    private static let headerSize = 56

    /// Gives back the file's pages read since the load (see `ByteImage.releasePages()`).
    func releasePages() { image.releasePages() }

    // MARK: - Rows

    /// The forms of the verb in row `row`.
    func verb(row: UInt32) -> VerbForms {
        let field = { (index: Int) in UInt32(littleEndian: verbRows[6 * Int(row) + index]) }
        return VerbForms(
            base: strings[field(0)], thirdPerson: strings[field(1)], past: strings[field(2)],
            pastParticiple: strings[field(3)], presentParticiple: strings[field(4)], frequency: Int(field(5)))
    }

    /// The -s form of the verb in row `row`.
    func verbThirdPerson(row: UInt32) -> String { strings[UInt32(littleEndian: verbRows[6 * Int(row) + 1])] }

    /// The base of the verb in row `row`.
    func verbBase(row: UInt32) -> String { strings[UInt32(littleEndian: verbRows[6 * Int(row)])] }

    /// The noun in row `row`.
    func noun(row: UInt32) -> NounEntry {
        NounEntry(
            singular: strings[noun(row: row, field: 0)], plural: strings[noun(row: row, field: 1)],
            frequency: Int(noun(row: row, field: 2)), verbFrequency: Int(noun(row: row, field: 3)),
            adjectiveFrequency: Int(noun(row: row, field: 4)))
    }

    /// Field `field` of noun row `row`: 0 singular, 1 plural (references), 2 noun, 3 verb,
    /// 4 adjective frequency.
    func noun(row: UInt32, field: Int) -> UInt32 { UInt32(littleEndian: nounRows[5 * Int(row) + field]) }

    /// Calls `body` with each verb row and form a word can be (the value of `verbForms`), in
    /// the order verbs.tsv gives them, until it returns false.
    func forEachReading(_ place: UInt32, _ body: (_ row: UInt32, _ kind: VerbFormKind) -> Bool) {
        let first = Int(place >> 8)
        for index in first..<first + Int(place & 0xFF) {
            let reading = UInt32(littleEndian: readings[index])
            if !body(reading >> 3, Self.kinds[Int(reading & 7)]) { return }
        }
    }

    private static let kinds: [VerbFormKind] = [.base, .thirdPerson, .past, .pastParticiple, .presentParticiple]

    // MARK: - Parts

    /// The file's strings, each made a Swift string once at load: a lookup that answers with
    /// words copies them (16 bytes each; most are short enough to need no heap of their own)
    /// instead of decoding them, which made such lookups several times slower than the
    /// dictionaries the tables replace. About 34,000 strings, half a megabyte.
    struct Strings: Sendable {
        private let all: [String]

        /// The strings from their starts in `pool` (`count` + 1 of them, the last the pool's
        /// size); nil when one lies outside the pool.
        fileprivate init?(starts: UnsafePointer<UInt32>, count: Int, pool: UnsafeBufferPointer<UInt8>) {
            var all: [String] = []
            all.reserveCapacity(count)
            var start = Int(UInt32(littleEndian: starts[0]))
            for index in 0..<count {
                let end = Int(UInt32(littleEndian: starts[index + 1]))
                guard start <= end, end <= pool.count else { return nil }
                all.append(String(decoding: UnsafeBufferPointer(rebasing: pool[start..<end]), as: UTF8.self))
                start = end
            }
            self.all = all
        }

        /// The string a reference names.
        subscript(reference: StringReference) -> String { all[Int(reference)] }

        /// Whether the string a reference names is `word`.
        func equals(_ reference: StringReference, _ word: String) -> Bool { all[Int(reference)] == word }

        fileprivate func holds(_ reference: StringReference) -> Bool { Int(reference) < all.count }
    }

    /// One of the file's hash tables: words to 32-bit values.
    struct Index: @unchecked Sendable {
        // @unchecked: points into the image its table keeps alive.
        /// Two words a slot: the hash, then the word's reference (low half; all ones: empty)
        /// and the value (high half).
        private let slots: UnsafePointer<UInt64>
        private let mask: Int
        private let strings: Strings

        fileprivate init(slots: UnsafePointer<UInt64>, mask: Int, strings: Strings) {
            self.slots = slots
            self.mask = mask
            self.strings = strings
        }

        /// The value stored for `word`; nil when the table does not hold it.
        func value(_ word: String) -> UInt32? { value(word, hash: HashedWordTable.hash(word)) }

        /// The same, for a word whose `HashedWordTable.hash` is `hash`.
        func value(_ word: String, hash: UInt64) -> UInt32? {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let packed = UInt64(littleEndian: slots[2 * slot + 1])
                let key = UInt32(truncatingIfNeeded: packed)
                if key == Self.empty { return nil }
                if UInt64(littleEndian: slots[2 * slot]) == hash, strings.equals(key, word) {
                    return UInt32(truncatingIfNeeded: packed >> 32)
                }
                slot = (slot + 1) & mask
            }
        }

        /// Whether the table holds `word`.
        func contains(_ word: String) -> Bool { value(word) != nil }

        /// Each word the table holds with its value, in slot order.
        var entries: [(word: String, value: UInt32)] {
            var result: [(word: String, value: UInt32)] = []
            _ = allSlots { key, value in
                result.append((strings[key], value))
                return true
            }
            return result
        }

        /// Whether `body` holds for every filled slot's word reference and value.
        fileprivate func allSlots(_ body: (StringReference, UInt32) -> Bool) -> Bool {
            for slot in 0...mask {
                let packed = UInt64(littleEndian: slots[2 * slot + 1])
                let key = UInt32(truncatingIfNeeded: packed)
                if key != Self.empty, !body(key, UInt32(truncatingIfNeeded: packed >> 32)) { return false }
            }
            return true
        }

        private static let empty = UInt32.max
    }
}
