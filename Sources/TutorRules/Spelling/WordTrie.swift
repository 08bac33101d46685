// The known words as a trie, searched for every word within a small edit distance.

import Foundation
import Synchronization

/// Lowercase ASCII words in a trie whose children lie side by side in flat arrays, so that a
/// search for the words near a misspelling visits only the branches that can still match.
///
/// A search computes one row of the edit-distance table per trie level (optimal string
/// alignment: insertions, deletions, substitutions and swaps of neighbours each cost 1) and
/// stops going down a branch once every cell of its row is over the limit. For the limit 2
/// that is a few thousand nodes of the 60,000-word table: tens of microseconds, where
/// Hunspell's suggestion search takes milliseconds.
///
/// The shipped trie is mapped from trie.bin (scripts/gen-word-index.py; the format is
/// described there), so start-up builds nothing; a trie built here has the same bytes.
struct WordTrie: @unchecked Sendable {
    // @unchecked: the buffers point into `image`, which this value keeps alive and nothing
    // ever writes to.
    private let image: ByteImage
    /// Per node: the letter leading to it, its first child, how many children, and the index
    /// of the word that ends there (-1 when none).
    private let letters: UnsafeBufferPointer<UInt8>
    private let firstChild: UnsafeBufferPointer<Int32>
    private let childCount: UnsafeBufferPointer<UInt16>
    private let wordAtNode: UnsafeBufferPointer<Int32>
    /// Word i is pool[wordStart[i]..<wordStart[i + 1]]; its Zipf × 100 is usage[i].
    private let wordStart: UnsafeBufferPointer<UInt32>
    private let usage: UnsafeBufferPointer<UInt16>
    private let pool: UnsafeBufferPointer<UInt8>
    private let longestWord: Int
    /// The shortest and longest word under each node, worked out on the first search.
    private let lengthBounds: LengthBoundsCache

    /// Maps trie.bin; an error names the file when it is missing or malformed.
    init(contentsOf url: URL) throws(RuleDataError) {
        guard let trie = Self(image: try ByteImage(mapping: url)) else {
            throw RuleDataError.malformed(
                file: url.lastPathComponent, detail: "not a word trie (regenerate it with scripts/gen-word-index.py)")
        }
        self = trie
    }

    /// A trie of `words`; anything but lowercase ASCII letters is skipped, and of a word given
    /// twice, the first usage counts.
    init<Words: Sequence<String>>(_ words: Words) {
        self.init(usages: words.lazy.map { ($0, 0) })
    }

    /// A trie of words with their Zipf frequency × 100.
    init<Words: Sequence<(String, UInt16)>>(usages entries: Words) {
        // The kept words' bytes in one buffer, and the words sorted as bytes, without repeats.
        var pool: [UInt8] = []
        var words: [(range: Range<Int>, usage: UInt16)] = []
        for (word, usage) in entries where word.isLowercaseASCIIWord {
            let start = pool.count
            pool.append(contentsOf: word.utf8)
            words.append((start..<pool.count, usage))
        }
        words = pool.withUnsafeBufferPointer { bytes in
            // The stable sort keeps a repeated word's first usage first.
            let sorted = words.enumerated().sorted { first, second in
                first.element.range.withBytes(in: bytes) { a in
                    second.element.range.withBytes(in: bytes) { b in
                        a.lexicographicallyPrecedes(b) || (a.elementsEqual(b) && first.offset < second.offset)
                    }
                }
            }.map(\.element)
            var unique: [(range: Range<Int>, usage: UInt16)] = []
            for word in sorted
            where unique.last.map({
                !$0.range.withBytes(in: bytes) { a in word.range.withBytes(in: bytes) { a.elementsEqual($0) } }
            }) ?? true {
                unique.append(word)
            }
            return unique
        }
        self.init(image: ByteImage(copying: Self.image(pool: pool, sortedWords: words)))!
    }

    /// trie.bin's bytes for words given as sorted, distinct ranges of `pool`.
    private static func image(pool: [UInt8], sortedWords words: [(range: Range<Int>, usage: UInt16)]) -> [UInt8] {
        var letters: [UInt8] = [0]
        var firstChild: [Int32] = [0]
        var childCount: [UInt16] = [0]
        var wordAtNode: [Int32] = [-1]
        // Breadth first: a node's children are appended together, so they are contiguous.
        var queue: [(node: Int, range: Range<Int>, depth: Int)] = [(0, 0..<words.count, 0)]
        var head = 0
        while head < queue.count {
            let (node, range, depth) = queue[head]
            head += 1
            var start = range.lowerBound
            // Words sort before their extensions, so the one ending here comes first.
            if start < range.upperBound, words[start].range.count == depth {
                wordAtNode[node] = Int32(start)
                start += 1
            }
            firstChild[node] = Int32(letters.count)
            var index = start
            while index < range.upperBound {
                let letter = pool[words[index].range.lowerBound + depth]
                var end = index + 1
                while end < range.upperBound, pool[words[end].range.lowerBound + depth] == letter { end += 1 }
                letters.append(letter)
                firstChild.append(0)
                childCount.append(0)
                wordAtNode.append(-1)
                queue.append((letters.count - 1, index..<end, depth + 1))
                childCount[node] += 1
                index = end
            }
        }
        var wordStart: [UInt32] = [0]
        var sortedPool: [UInt8] = []
        for word in words {
            sortedPool.append(contentsOf: pool[word.range])
            wordStart.append(UInt32(sortedPool.count))
        }
        let header: [UInt32] = [
            UInt32(letters.count), UInt32(words.count), UInt32(sortedPool.count),
            UInt32(words.map(\.range.count).max() ?? 0),
        ]
        var bytes = Array("CTTR".utf8)
        func append<T: FixedWidthInteger>(_ values: [T]) {
            values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        append(header)
        append(firstChild)
        append(wordAtNode)
        append(wordStart)
        append(words.map(\.usage))
        append(childCount)
        append(letters)
        append(sortedPool)
        return bytes
    }

    /// Reads the arrays of an image in trie.bin's format; nil when it is not one.
    private init?(image: ByteImage) {
        let raw = image.bytes
        guard raw.count >= 20, raw.prefix(4).elementsEqual("CTTR".utf8), let base = raw.baseAddress else { return nil }
        func header(_ index: Int) -> Int {
            Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + index * 4, as: UInt32.self)))
        }
        let nodes = header(0)
        let words = header(1)
        let poolSize = header(2)
        guard nodes >= 1, raw.count == 20 + nodes * 11 + (words + 1) * 4 + words * 2 + poolSize else { return nil }
        var offset = 20
        // The image is page-aligned and the arrays come widest first, so each is aligned.
        func array<T>(_ count: Int, of _: T.Type) -> UnsafeBufferPointer<T> {
            defer { offset += count * MemoryLayout<T>.stride }
            return UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: T.self), count: count)
        }
        firstChild = array(nodes, of: Int32.self)
        wordAtNode = array(nodes, of: Int32.self)
        wordStart = array(words + 1, of: UInt32.self)
        usage = array(words, of: UInt16.self)
        childCount = array(nodes, of: UInt16.self)
        letters = array(nodes, of: UInt8.self)
        pool = array(poolSize, of: UInt8.self)
        longestWord = header(3)
        lengthBounds = LengthBoundsCache()
        self.image = image
        // A search follows these without checks: they must stay inside the arrays.
        guard wordStart.last.map(Int.init) == poolSize, zip(wordStart, wordStart.dropFirst()).allSatisfy({ $0 <= $1 }),
            (0..<nodes).allSatisfy({
                Int(firstChild[$0]) + Int(childCount[$0]) <= nodes && (-1..<Int32(words)).contains(wordAtNode[$0])
            })
        else { return nil }
        image.releasePages()
    }

    var count: Int { usage.count }

    /// The trie in trie.bin's format.
    var bytes: [UInt8] { Array(image.bytes) }

    /// The word at an index of the sorted list.
    private func word(at index: Int) -> String {
        String(
            decoding: UnsafeBufferPointer(rebasing: pool[Int(wordStart[index])..<Int(wordStart[index + 1])]),
            as: UTF8.self)
    }

    /// The words whose Zipf frequency × 100 is at least `minimum`, in byte order.
    func words(usedAtLeast minimum: Int) -> [String] {
        usage.indices.filter { Int(usage[$0]) >= minimum }.map(word(at:))
    }

    /// Every word within `maximumDistance` edits of `word`, with its distance; with
    /// `firstLetters`, only the words that begin with one of them (learners rarely misspell
    /// the first letter, and the search is then many times faster); with `secondLetter` too,
    /// only those whose second letter it is (one branch of each first letter's).
    func words(near word: String, maximumDistance: Int, firstLetters: [UInt8]? = nil, secondLetter: UInt8? = nil)
        -> [(word: String, distance: Int)]
    {
        let target = Array(word.utf8)
        guard !target.isEmpty, target.count <= longestWord + maximumDistance else { return [] }
        let width = target.count + 1
        let depthLimit = longestWord + 1
        // One edit-distance row per depth, and the letters on the path, in flat buffers.
        var rows = [Int32](repeating: 0, count: width * (depthLimit + 1))
        for column in 0..<width { rows[column] = Int32(column) }
        var path = [UInt8](repeating: 0, count: depthLimit + 1)
        var found: [(index: Int32, distance: Int32)] = []
        let bounds = lengthBounds.value(computing: computeLengthBounds)
        target.withUnsafeBufferPointer { target in
            rows.withUnsafeMutableBufferPointer { rows in
                path.withUnsafeMutableBufferPointer { path in
                    bounds.shortest.withUnsafeBufferPointer { shortest in
                        bounds.longest.withUnsafeBufferPointer { longest in
                            let search = Search(
                                trie: self, target: target, rows: rows, path: path, shortest: shortest,
                                longest: longest, limit: Int32(maximumDistance), width: width)
                            search.descend(
                                from: 0, depth: 0, firstLetters: firstLetters, secondLetter: secondLetter,
                                into: &found)
                        }
                    }
                }
            }
        }
        return found.map { (self.word(at: Int($0.index)), Int($0.distance)) }
    }

    /// The length of the shortest and the longest word under each node (the node's own
    /// included; 255 and 0 under a node with none): one pass down the nodes for their depths
    /// and one up, children coming after their parent as trie.bin lays them out breadth first.
    /// Were a child ever before its parent, every node gets 0 and 255, which skips nothing.
    private func computeLengthBounds() -> LengthBoundsCache.Bounds {
        let nodes = letters.count
        var depth = [UInt8](repeating: 0, count: nodes)
        var shortest = [UInt8](repeating: .max, count: nodes)
        var longest = [UInt8](repeating: 0, count: nodes)
        // Through buffers: a node's children are inside the arrays (the image was checked when
        // mapped), and the checked subscripts of arrays were most of this pass over every node.
        let ordered = depth.withUnsafeMutableBufferPointer { depth in
            for node in 0..<nodes {
                let first = Int(firstChild[node])
                let count = Int(childCount[node])
                guard count == 0 || first > node else { return false }
                for child in first..<first &+ count { depth[child] = depth[node] &+ 1 }
            }
            return true
        }
        guard ordered else {
            return LengthBoundsCache.Bounds(
                shortest: [UInt8](repeating: 0, count: nodes), longest: [UInt8](repeating: .max, count: nodes))
        }
        shortest.withUnsafeMutableBufferPointer { shortest in
            longest.withUnsafeMutableBufferPointer { longest in
                for node in (0..<nodes).reversed() {
                    var low = wordAtNode[node] >= 0 ? depth[node] : UInt8.max
                    var high = wordAtNode[node] >= 0 ? depth[node] : 0
                    let first = Int(firstChild[node])
                    for child in first..<first &+ Int(childCount[node]) {
                        low = min(low, shortest[child])
                        high = max(high, longest[child])
                    }
                    shortest[node] = low
                    longest[node] = high
                }
            }
        }
        return LengthBoundsCache.Bounds(shortest: shortest, longest: longest)
    }

    /// One search: the trie, the word sought, and the rows, as raw buffers (this is the
    /// analyser's hottest loop).
    private struct Search {
        let trie: WordTrie
        let target: UnsafeBufferPointer<UInt8>
        let rows: UnsafeMutableBufferPointer<Int32>
        let path: UnsafeMutableBufferPointer<UInt8>
        /// The shortest and longest word under each node (`computeLengthBounds`).
        let shortest: UnsafeBufferPointer<UInt8>
        let longest: UnsafeBufferPointer<UInt8>
        let limit: Int32
        let width: Int

        /// Whether a word under `child` (its row just computed) can still be within `limit`:
        /// from a cell, the rest of the target and the rest of a word differ in length by at
        /// least the gap to the lengths of the words under the child, and each edit closes that
        /// gap by one at most (a swap of neighbours, which can step over this row, costs no less
        /// than the substitution beside it in the row), so a cell's distance plus its gap is a
        /// lower bound.
        private func reachesLimit(row: Int, level: Int, low: Int, high: Int, child: Int) -> Bool {
            let shortestRest = Int(shortest[child]) &- level
            let longestRest = Int(longest[child]) &- level
            // Column 0 (the target's empty prefix) is `level` edits away: within the limit only
            // near the root, where `low` is 1.
            var column = low == 1 ? 0 : low
            while column <= high {
                let rest = width &- 1 &- column
                let gap = rest < shortestRest ? shortestRest &- rest : rest > longestRest ? rest &- longestRest : 0
                if Int(rows[row &+ column]) &+ gap <= Int(limit) { return true }
                column &+= 1
            }
            return false
        }

        /// Only the cells within `limit` of the diagonal are computed (a cell further off is
        /// at least that far, so it can neither be a match nor lead to one); the cell on
        /// either side of that band is marked as over the limit for the next row to read.
        /// `atLimit`: the smallest cell of the node's row is the limit itself; then a child's
        /// row can get a cell within the limit only by a letter that matches (or swaps with) one
        /// of the target's letters across the band, every other step adding 1, so a child with
        /// none of those letters matches nothing and leads nowhere and its row is not computed.
        func descend(
            from node: Int, depth: Int, atLimit: Bool = false, firstLetters: [UInt8]? = nil,
            secondLetter: UInt8? = nil, into found: inout [(index: Int32, distance: Int32)]
        ) {
            let first = Int(trie.firstChild[node])
            let level = depth + 1
            let row = level * width
            let above = row - width
            let band = Int(limit)
            let low = max(1, level - band)
            let high = min(width - 1, level + band)
            let over = limit + 1
            let lastInBand = low <= width - 1 && width - 1 <= high
            // The letter of this node (the children's previous letter), for the swaps.
            let previousLetter: UInt8? = level > 1 ? path[level - 1] : nil
            // The target's letters a child's row reads: columns low...high compare theirs and
            // swap with the one before.
            let windowStart = max(0, low - 2)
            for child in first..<first + Int(trie.childCount[node]) {
                let letter = trie.letters[child]
                if let firstLetters, !firstLetters.contains(letter) { continue }
                // Every word under the child is more than `limit` letters longer or shorter than
                // the target, so more than `limit` edits away: its rows need not be computed.
                if Int(longest[child]) &+ band < width &- 1 || Int(shortest[child]) > width &- 1 &+ band { continue }
                if atLimit {
                    var index = windowStart
                    while index < high, target[index] != letter { index &+= 1 }
                    if index >= high { continue }
                }
                path[level] = letter
                rows[row] = Int32(level)
                var smallest = Int32(level)
                if low > 1 { rows[row + low - 1] = over }
                if high + 1 < width { rows[row + high + 1] = over }
                // Wrapping arithmetic: the indices stay inside the buffers and the distances
                // under the word's length, so the overflow checks only cost.
                var column = low
                while column <= high {
                    let expected = target[column &- 1]
                    let substitution = rows[above &+ column &- 1] &+ (expected == letter ? 0 : 1)
                    var distance = min(rows[above &+ column] &+ 1, rows[row &+ column &- 1] &+ 1, substitution)
                    if column > 1, expected == previousLetter, target[column &- 2] == letter {
                        distance = min(distance, rows[above &- width &+ column &- 2] &+ 1)
                    }
                    rows[row &+ column] = distance
                    smallest = min(smallest, distance)
                    column &+= 1
                }
                let wordIndex = trie.wordAtNode[child]
                if wordIndex >= 0, lastInBand, rows[row + width - 1] <= limit {
                    found.append((wordIndex, rows[row + width - 1]))
                }
                if smallest <= limit, level < path.count - 1, trie.childCount[child] > 0,
                    reachesLimit(row: row, level: level, low: low, high: high, child: child)
                {
                    // The second letter is asked of the children of the first (depth 0).
                    descend(
                        from: child, depth: level, atLimit: smallest == limit, firstLetters: secondLetter.map { [$0] },
                        into: &found)
                }
            }
        }
    }
}

/// `WordTrie`'s length bounds, worked out once, on the first search (a start-up that spells
/// nothing never pays for them).
private final class LengthBoundsCache: Sendable {
    struct Bounds: Sendable {
        var shortest: [UInt8]
        var longest: [UInt8]
    }

    private let bounds = Mutex<Bounds?>(nil)

    func value(computing: () -> Bounds) -> Bounds {
        if let known = bounds.withLock({ $0 }) { return known }
        let made = computing()
        bounds.withLock { $0 = made }
        return made
    }
}

extension Range<Int> {
    /// The bytes of `buffer` in this range, for comparing without copying.
    fileprivate func withBytes<Result>(
        in buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        body(UnsafeBufferPointer(rebasing: buffer[self]))
    }
}
