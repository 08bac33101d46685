// The tagger's weights, looked up by feature hash straight from a memory-mapped file.

import Foundation

/// The perceptron's weights (Resources/tagger/tagger.bin, written by scripts/train-tagger.py):
/// for each feature, by the 64-bit FNV-1a hash of its bytes, the tags it votes for and how
/// strongly, as 16-bit integers.
///
/// The file format (little-endian): magic "CTPT", UInt32 feature count n, UInt32 weight count
/// m, UInt32 tag count; n UInt64 feature hashes in ascending order; n + 1 UInt32 offsets of
/// each feature's first weight; m Int16 weights; m UInt8 tag indices. Like `HashedWordTable`,
/// the file is mapped, not read, and start-up only indexes the hashes by their top bits.
struct FeatureWeights: @unchecked Sendable {
    // @unchecked: the pointers point into `image`, which this value keeps alive and nothing
    // ever writes to.
    private let image: ByteImage
    private let keys: UnsafePointer<UInt64>
    private let offsets: UnsafePointer<UInt32>
    private let weights: UnsafePointer<Int16>
    private let tags: UnsafePointer<UInt8>
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
            throw RuleDataError.malformed(file: file, detail: "not a tagger model (regenerate it with scripts/train-tagger.py)")
        }
        let count = { (index: Int) in Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 4 * index, as: UInt32.self))) }
        let (featureCount, weightCount, tagCount) = (count(0), count(1), count(2))
        let keysAt = 16, offsetsAt = keysAt + 8 * featureCount, weightsAt = offsetsAt + 4 * (featureCount + 1)
        let tagsAt = weightsAt + 2 * weightCount
        guard raw.count == tagsAt + weightCount, tagCount > 0 else {
            throw RuleDataError.malformed(file: file, detail: "its size does not match its counts (regenerate it with scripts/train-tagger.py)")
        }
        // The image is page-aligned and every section starts at a multiple of its item size.
        let keys = (base + keysAt).assumingMemoryBound(to: UInt64.self)
        let offsets = (base + offsetsAt).assumingMemoryBound(to: UInt32.self)
        let tags = (base + tagsAt).assumingMemoryBound(to: UInt8.self)
        guard let buckets = Self.buckets(keys: keys, offsets: offsets, featureCount: featureCount, weightCount: weightCount)
        else {
            throw RuleDataError.malformed(file: file, detail: "its features are out of order (regenerate it with scripts/train-tagger.py)")
        }
        guard (0..<weightCount).allSatisfy({ Int(tags[$0]) < tagCount }) else {
            throw RuleDataError.malformed(file: file, detail: "a weight names a tag it does not have")
        }
        self.keys = keys
        self.offsets = offsets
        self.weights = (base + weightsAt).assumingMemoryBound(to: Int16.self)
        self.tags = tags
        self.image = image
        self.buckets = buckets.buckets
        self.shift = buckets.shift
        self.featureCount = featureCount
        self.tagCount = tagCount
    }

    /// Indexes the keys by their top bits (about two keys a bucket); nil when they are not
    /// strictly ascending or an offset is out of order or range.
    private static func buckets(
        keys: UnsafePointer<UInt64>, offsets: UnsafePointer<UInt32>, featureCount: Int, weightCount: Int
    ) -> (buckets: [Int32], shift: UInt64)? {
        let bits = UInt64(max(1, Int.bitWidth - max(featureCount, 1).leadingZeroBitCount - 1))
        let shift = 64 - bits
        var buckets = [Int32](repeating: Int32(featureCount), count: (1 << bits) + 1)
        var nextBucket = 0
        var previous: UInt64?
        guard offsets[0] == 0, Int(UInt32(littleEndian: offsets[featureCount])) == weightCount else { return nil }
        for index in 0..<featureCount {
            let key = UInt64(littleEndian: keys[index])
            if let previous, previous >= key { return nil }
            guard UInt32(littleEndian: offsets[index]) <= UInt32(littleEndian: offsets[index + 1]) else { return nil }
            previous = key
            let bucket = Int(key >> shift)
            while nextBucket <= bucket {
                buckets[nextBucket] = Int32(index)
                nextBucket += 1
            }
        }
        return (buckets, shift)
    }

    /// Adds the weights of the feature with hash `key` (if the model has it) to `scores`,
    /// which has one entry per tag.
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let bucket = Int(key >> shift)
        var index = Int(buckets[bucket])
        let end = Int(buckets[bucket + 1])
        while index < end {
            let found = UInt64(littleEndian: keys[index])
            if found == key {
                let first = Int(UInt32(littleEndian: offsets[index])), last = Int(UInt32(littleEndian: offsets[index + 1]))
                for weight in first..<last {
                    scores[Int(tags[weight])] &+= Int32(Int16(littleEndian: weights[weight]))
                }
                return
            }
            if found > key { return }
            index += 1
        }
    }
}
