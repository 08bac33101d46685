// The tagger's weights, looked up by feature hash straight from a memory-mapped file.

import Foundation
import Synchronization

/// The perceptron's weights (Resources/tagger/tagger.bin, written by scripts/train-tagger.py):
/// for each feature, by the 64-bit FNV-1a hash of its bytes, the tags it votes for and how
/// strongly, as 16-bit integers.
///
/// The file format (little-endian): magic "CTPT", UInt32 feature count n, UInt32 weight count
/// m, UInt32 tag count; n records of a feature (UInt64 hash, in ascending order; UInt32 index
/// of its first weight; UInt32 weight count); m weights as UInt32 (tag index << 16 | Int16
/// weight). Like `HashedWordTable`, the file is mapped, not read, and start-up only indexes
/// the hashes by their top bits. A feature's hash and where its weights are share a record,
/// and a weight and its tag share a word, because the table is larger than the caches and
/// each separate array read for a feature was a cache miss: tagging spent most of its time
/// waiting for them.
struct FeatureWeights: @unchecked Sendable {
    // @unchecked: the pointers point into `image`, which this value keeps alive and nothing
    // ever writes to.
    private let image: ByteImage
    /// Two words a feature: its hash, then its first weight's index (low half) and its weight
    /// count (high half).
    private let records: UnsafePointer<UInt64>
    private let weights: UnsafePointer<UInt32>
    /// For each value of a key's top bits, the index of the first key with those bits or more.
    private let buckets: [Int32]
    private let shift: UInt64
    let featureCount: Int
    let tagCount: Int

    /// Maps a weights file; an error names the file when it is missing, not a tagger model, or
    /// inconsistent.
    init(contentsOf url: URL) throws(RuleDataError) {
        let image = try ByteImage(mapping: url)
        let file = url.lastPathComponent
        let raw = image.bytes
        guard raw.count >= 16, let base = raw.baseAddress, raw.prefix(4).elementsEqual("CTPT".utf8) else {
            throw RuleDataError.malformed(
                file: file, detail: "not a tagger model (regenerate it with scripts/train-tagger.py)")
        }
        let count = { (index: Int) in
            Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 4 * index, as: UInt32.self)))
        }
        let (featureCount, weightCount, tagCount) = (count(0), count(1), count(2))
        let weightsAt = 16 + 16 * featureCount
        guard raw.count == weightsAt + 4 * weightCount, tagCount > 0 else {
            throw RuleDataError.malformed(
                file: file, detail: "its size does not match its counts (regenerate it with scripts/train-tagger.py)")
        }
        // The image is page-aligned and every section starts at a multiple of its item size.
        let records = (base + 16).assumingMemoryBound(to: UInt64.self)
        let weights = (base + weightsAt).assumingMemoryBound(to: UInt32.self)
        guard let buckets = Self.buckets(records: records, featureCount: featureCount, weightCount: weightCount) else {
            throw RuleDataError.malformed(
                file: file, detail: "its features are out of order (regenerate it with scripts/train-tagger.py)")
        }
        guard (0..<weightCount).allSatisfy({ Int(UInt32(littleEndian: weights[$0]) >> 16) < tagCount }) else {
            throw RuleDataError.malformed(file: file, detail: "a weight names a tag it does not have")
        }
        image.releasePages()
        self.image = image
        self.records = records
        self.weights = weights
        self.buckets = buckets.buckets
        self.shift = buckets.shift
        self.featureCount = featureCount
        self.tagCount = tagCount
    }

    /// Gives back the file's pages read since the load (see `ByteImage.releasePages()`): the
    /// tagger's tag-pair precompute reads most of the table once.
    func releasePages() {
        image.releasePages()
    }

    /// Indexes the keys by their top bits (about two keys a bucket); nil when they are not
    /// strictly ascending or a feature's weights lie outside the file.
    private static func buckets(records: UnsafePointer<UInt64>, featureCount: Int, weightCount: Int) -> (
        buckets: [Int32], shift: UInt64
    )? {
        let bits = UInt64(max(1, Int.bitWidth - max(featureCount, 1).leadingZeroBitCount - 1))
        let shift = 64 - bits
        var buckets = [Int32](repeating: Int32(featureCount), count: (1 << bits) + 1)
        var nextBucket = 0
        var previous: UInt64?
        for index in 0..<featureCount {
            let key = UInt64(littleEndian: records[2 * index])
            if let previous, previous >= key { return nil }
            let place = UInt64(littleEndian: records[2 * index + 1])
            guard Int(place & 0xFFFF_FFFF) + Int(place >> 32) <= weightCount else { return nil }
            previous = key
            let bucket = Int(key >> shift)
            while nextBucket <= bucket {
                buckets[nextBucket] = Int32(index)
                nextBucket += 1
            }
        }
        return (buckets, shift)
    }

    /// Adds the weights of each feature in `keys` (those the model has) to its row of
    /// `scores`: `rows[i]` is the row of `keys[i]`, one entry per tag from `scores + rows[i] *
    /// tagCount`. The same sums as `add(_:to:)` a key at a time, faster: each lookup is two or
    /// three cache misses, one after another (bucket, record, weights), and looking every
    /// key's bucket up first, then every record, then every key's weights lets the processor
    /// wait for many misses at once instead of one by one.
    func add(
        _ keys: UnsafeBufferPointer<UInt64>, rows: UnsafeBufferPointer<Int32>, to scores: UnsafeMutablePointer<Int32>
    ) {
        let count = keys.count
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { found in
            // The buckets: independent loads, all in flight together.
            for item in 0..<count {
                let bucket = Int(keys[item] >> shift)
                found[2 * item] = Int(buckets[bucket])
                found[2 * item + 1] = Int(buckets[bucket + 1])
            }
            // Each bucket's first record, read once for all keys (its cache line comes in
            // while the others are asked for), then the search within the bucket.
            var touched: UInt64 = 0
            for item in 0..<count where found[2 * item] < found[2 * item + 1] {
                touched ^= records[2 * found[2 * item]]
            }
            for item in 0..<count {
                let key = keys[item]
                var index = found[2 * item]
                let end = found[2 * item + 1]
                found[2 * item + 1] = 0
                while index < end {
                    let record = UInt64(littleEndian: records[2 * index])
                    if record == key {
                        let place = UInt64(littleEndian: records[2 * index + 1])
                        found[2 * item] = Int(place & 0xFFFF_FFFF)
                        found[2 * item + 1] = Int(place >> 32)
                        if place >> 32 > 0 { touched ^= UInt64(weights[Int(place & 0xFFFF_FFFF)]) }
                        break
                    }
                    if record > key { break }
                    index += 1
                }
            }
            Self.keep(touched)
            for item in 0..<count {
                let first = found[2 * item]
                let row = scores + Int(rows[item]) * tagCount
                for weight in first..<first + found[2 * item + 1] {
                    let packed = UInt32(littleEndian: weights[weight])
                    row[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                }
            }
        }
    }

    /// Uses a value the optimiser cannot see through, so that loads made only to bring their
    /// cache lines in are kept.
    private static func keep(_ value: UInt64) { touchedSink.store(value, ordering: .relaxed) }
    private static let touchedSink = Atomic<UInt64>(0)

    /// Adds the weights of the feature with hash `key` (if the model has it) to `scores`,
    /// which has one entry per tag.
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let bucket = Int(key >> shift)
        var index = Int(buckets[bucket])
        let end = Int(buckets[bucket + 1])
        while index < end {
            let found = UInt64(littleEndian: records[2 * index])
            if found == key {
                let place = UInt64(littleEndian: records[2 * index + 1])
                let first = Int(place & 0xFFFF_FFFF)
                for weight in first..<first + Int(place >> 32) {
                    let packed = UInt32(littleEndian: weights[weight])
                    scores[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                }
                return
            }
            if found > key { return }
            index += 1
        }
    }
}
