// The known words as a trie, searched for every word within a small edit distance.

/// Lowercase ASCII words in a trie whose children lie side by side in flat arrays, so that a
/// search for the words near a misspelling visits only the branches that can still match.
///
/// A search computes one row of the edit-distance table per trie level (optimal string
/// alignment: insertions, deletions, substitutions and swaps of neighbours each cost 1) and
/// stops going down a branch once every cell of its row is over the limit. For the limit 2
/// that is a few thousand nodes of the 60,000-word table: tens of microseconds, where
/// Hunspell's suggestion search takes milliseconds.
struct WordTrie: Sendable {
    /// Per node: the letter leading to it, its first child, how many children, and the word
    /// that ends there (-1 when none).
    private var letters: [UInt8] = [0]
    private var firstChild: [Int32] = [0]
    private var childCount: [UInt16] = [0]
    private var wordAtNode: [Int32] = [-1]
    private var words: [String] = []
    private var longestWord = 0

    /// A trie of `words`; anything but lowercase ASCII letters is skipped.
    init<Words: Sequence<String>>(_ words: Words) {
        // Sorted as bytes (much faster than comparing Strings), without repeats.
        var bytes = words.lazy.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
            .sorted { $0.lexicographicallyPrecedes($1) }
        var unique: [[UInt8]] = []
        unique.reserveCapacity(bytes.count)
        for word in bytes where unique.last != word { unique.append(word) }
        bytes = unique
        self.words = bytes.map { String(decoding: $0, as: UTF8.self) }
        longestWord = bytes.map(\.count).max() ?? 0
        // Breadth first: a node's children are appended together, so they are contiguous.
        var queue: [(node: Int, range: Range<Int>, depth: Int)] = [(0, 0..<bytes.count, 0)]
        var head = 0
        while head < queue.count {
            let (node, range, depth) = queue[head]
            head += 1
            var start = range.lowerBound
            // Words sort before their extensions, so the one ending here comes first.
            if start < range.upperBound, bytes[start].count == depth {
                wordAtNode[node] = Int32(start)
                start += 1
            }
            firstChild[node] = Int32(letters.count)
            var index = start
            while index < range.upperBound {
                let letter = bytes[index][depth]
                var end = index + 1
                while end < range.upperBound, bytes[end][depth] == letter { end += 1 }
                letters.append(letter)
                firstChild.append(0)
                childCount.append(0)
                wordAtNode.append(-1)
                queue.append((letters.count - 1, index..<end, depth + 1))
                childCount[node] += 1
                index = end
            }
        }
    }

    var count: Int { words.count }

    /// Every word within `maximumDistance` edits of `word`, with its distance; with
    /// `sameFirstLetter`, only the words that begin with the same letter (learners rarely
    /// misspell the first letter, and the search is then many times faster).
    func words(near word: String, maximumDistance: Int, sameFirstLetter: Bool = false) -> [(word: String, distance: Int)] {
        let target = Array(word.utf8)
        guard !target.isEmpty, target.count <= longestWord + maximumDistance else { return [] }
        let width = target.count + 1
        let depthLimit = longestWord + 1
        // One edit-distance row per depth, and the letters on the path, in flat buffers.
        var rows = [Int32](repeating: 0, count: width * (depthLimit + 1))
        for column in 0..<width { rows[column] = Int32(column) }
        var path = [UInt8](repeating: 0, count: depthLimit + 1)
        var found: [(index: Int32, distance: Int32)] = []
        letters.withUnsafeBufferPointer { letters in
            firstChild.withUnsafeBufferPointer { firstChild in
                childCount.withUnsafeBufferPointer { childCount in
                    wordAtNode.withUnsafeBufferPointer { wordAtNode in
                        target.withUnsafeBufferPointer { target in
                            rows.withUnsafeMutableBufferPointer { rows in
                                path.withUnsafeMutableBufferPointer { path in
                                    let search = Search(
                                        letters: letters, firstChild: firstChild, childCount: childCount,
                                        wordAtNode: wordAtNode, target: target, rows: rows, path: path,
                                        limit: Int32(maximumDistance), width: width)
                                    search.descend(from: 0, depth: 0, onlyLetter: sameFirstLetter ? target[0] : nil, into: &found)
                                }
                            }
                        }
                    }
                }
            }
        }
        return found.map { (words[Int($0.index)], Int($0.distance)) }
    }

    /// One search: the trie's arrays, the word sought, and the rows, as raw buffers (this is
    /// the analyser's hottest loop).
    private struct Search {
        let letters: UnsafeBufferPointer<UInt8>
        let firstChild: UnsafeBufferPointer<Int32>
        let childCount: UnsafeBufferPointer<UInt16>
        let wordAtNode: UnsafeBufferPointer<Int32>
        let target: UnsafeBufferPointer<UInt8>
        let rows: UnsafeMutableBufferPointer<Int32>
        let path: UnsafeMutableBufferPointer<UInt8>
        let limit: Int32
        let width: Int

        func descend(from node: Int, depth: Int, onlyLetter: UInt8? = nil, into found: inout [(index: Int32, distance: Int32)]) {
            let first = Int(firstChild[node])
            let level = depth + 1
            let row = level * width
            let above = row - width
            for child in first..<first + Int(childCount[node]) {
                let letter = letters[child]
                if let onlyLetter, letter != onlyLetter { continue }
                path[level] = letter
                rows[row] = Int32(level)
                var smallest = Int32(level)
                for column in 1..<width {
                    let substitution = rows[above + column - 1] + (target[column - 1] == letter ? 0 : 1)
                    var distance = min(rows[above + column] + 1, rows[row + column - 1] + 1, substitution)
                    if level > 1, column > 1, target[column - 1] == path[level - 1], target[column - 2] == letter {
                        distance = min(distance, rows[above - width + column - 2] + 1)
                    }
                    rows[row + column] = distance
                    smallest = min(smallest, distance)
                }
                let wordIndex = wordAtNode[child]
                if wordIndex >= 0, rows[row + width - 1] <= limit { found.append((wordIndex, rows[row + width - 1])) }
                if smallest <= limit, level < path.count - 1 { descend(from: child, depth: level, into: &found) }
            }
        }
    }
}
