// Experiment (issue 15), not part of the product: what a BiLSTM part-of-speech tagger of the
// shape scripts/train-neural-tagger.py trains would cost per token in plain Swift on this CPU.
// Random weights of the right sizes (the cost does not depend on their values): a char CNN
// (32-dim byte embeddings, width 3, F filters, 4 bytes a word), L BiLSTM layers of H units per
// direction over an input of I floats, and a 49-tag output layer; 6-word sentences, as the
// check benchmark's (≈60,000 tokens per 10,000 lines). Dot products in SIMD8<Float>.
//   swiftc -Ounchecked scripts/tagger-lstm-cost.swift -o /tmp/lstmcost && /tmp/lstmcost H I L F
// (defaults 128 204 1 64).
// Per-token inference cost of a BiLSTM tagger (word emb + char CNN + classes) in plain Swift.
import Foundation

let args = CommandLine.arguments
let hidden = Int(args.count > 1 ? args[1] : "128")!
let input = Int(args.count > 2 ? args[2] : "204")!
let layers = Int(args.count > 3 ? args[3] : "1")!
let charDim = 32
let charFilters = Int(args.count > 4 ? args[4] : "64")!
let width = 3
let tags = 49
let sentence = 6
let bytesPerWord = 4

var rng = SystemRandomNumberGenerator()
func randomArray(_ n: Int) -> [Float] { (0..<n).map { _ in Float.random(in: -0.1...0.1, using: &rng) } }

// y[r] = b[r] + sum_c W[r*cols+c] * x[c]
@inline(__always) func matvec(
    _ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
    _ rows: Int, _ cols: Int, _ y: UnsafeMutablePointer<Float>
) {
    for r in 0..<rows {
        var acc = SIMD8<Float>(repeating: 0)
        let row = w + r * cols
        var c = 0
        while c + 8 <= cols {
            let a = UnsafeRawPointer(row + c).loadUnaligned(as: SIMD8<Float>.self)
            let v = UnsafeRawPointer(x + c).loadUnaligned(as: SIMD8<Float>.self)
            acc += a * v
            c += 8
        }
        var s0 = acc.sum()
        while c < cols {
            s0 += row[c] * x[c]
            c += 1
        }
        y[r] = b[r] + s0
    }
}
@inline(__always) func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }

struct LSTMDir {
    var wx: [Float]
    var wh: [Float]
    var b: [Float]
    let inp: Int
}
func makeDir(_ inp: Int) -> LSTMDir {
    LSTMDir(
        wx: randomArray(4 * hidden * inp), wh: randomArray(4 * hidden * hidden), b: randomArray(4 * hidden), inp: inp)
}
var lstm: [[LSTMDir]] = (0..<layers).map { l in
    [makeDir(l == 0 ? input : 2 * hidden), makeDir(l == 0 ? input : 2 * hidden)]
}
let conv = randomArray(charFilters * charDim * width)
let convB = randomArray(charFilters)
let byteEmb = randomArray(257 * charDim)
let out = randomArray(tags * 2 * hidden)
let outB = randomArray(tags)
let inputRow = randomArray(input)
let embs = (0..<(bytesPerWord + 2)).map { p in Array(byteEmb[(p * 7 % 257) * charDim..<((p * 7 % 257) + 1) * charDim]) }
let zeros = [Float](repeating: 0, count: 4 * hidden)

func run(_ words: Int) -> Int {
    var xs = [[Float]](repeating: inputRow, count: words)
    // char CNN: per word, bytesPerWord positions
    for w in 0..<words {
        var feat = [Float](repeating: -1e9, count: charFilters)
        for p in 0..<bytesPerWord {
            for f in 0..<charFilters {
                var s = convB[f]
                for k in 0..<width {
                    let e = embs[p + k]
                    let base = (f * width + k) * charDim
                    for d in 0..<charDim { s += conv[base + d] * e[d] }
                }
                feat[f] = max(feat[f], max(0, s))
            }
        }
        for f in 0..<charFilters { xs[w][100 + f] = feat[f] }
    }
    for l in 0..<layers {
        var outs = [[Float]](repeating: [Float](repeating: 0, count: 2 * hidden), count: words)
        for d in 0..<2 {
            let dir = lstm[l][d]
            var h = [Float](repeating: 0, count: hidden)
            var c = [Float](repeating: 0, count: hidden)
            var g = [Float](repeating: 0, count: 4 * hidden)
            var gh = [Float](repeating: 0, count: 4 * hidden)
            for step in 0..<words {
                let t = d == 0 ? step : words - 1 - step
                dir.wx.withUnsafeBufferPointer { w in
                    dir.b.withUnsafeBufferPointer { b in
                        xs[t].withUnsafeBufferPointer { x in
                            g.withUnsafeMutableBufferPointer { y in
                                matvec(
                                    w.baseAddress!, b.baseAddress!, x.baseAddress!, 4 * hidden, dir.inp, y.baseAddress!)
                            }
                        }
                    }
                }
                dir.wh.withUnsafeBufferPointer { w in
                    zeros.withUnsafeBufferPointer { b in
                        h.withUnsafeBufferPointer { x in
                            gh.withUnsafeMutableBufferPointer { y in
                                matvec(
                                    w.baseAddress!, b.baseAddress!, x.baseAddress!, 4 * hidden, hidden, y.baseAddress!)
                            }
                        }
                    }
                }
                for j in 0..<hidden {
                    let i = sigmoid(g[j] + gh[j])
                    let f = sigmoid(g[hidden + j] + gh[hidden + j])
                    let gg = tanhf(g[2 * hidden + j] + gh[2 * hidden + j])
                    let o = sigmoid(g[3 * hidden + j] + gh[3 * hidden + j])
                    c[j] = f * c[j] + i * gg
                    h[j] = o * tanhf(c[j])
                    outs[t][d * hidden + j] = h[j]
                }
            }
        }
        xs = outs
    }
    var best = 0
    var scores = [Float](repeating: 0, count: tags)
    for t in 0..<words {
        out.withUnsafeBufferPointer { w in
            outB.withUnsafeBufferPointer { b in
                xs[t].withUnsafeBufferPointer { x in
                    scores.withUnsafeMutableBufferPointer { y in
                        matvec(w.baseAddress!, b.baseAddress!, x.baseAddress!, tags, 2 * hidden, y.baseAddress!)
                    }
                }
            }
        }
        best &+= scores.indices.max { scores[$0] < scores[$1] }!
    }
    return best
}

var sink = 0
for _ in 0..<200 { sink &+= run(sentence) }
let n = 3000
func cpuNanoseconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e9 + Double(t.tv_nsec)
}
let start = cpuNanoseconds()
for _ in 0..<n { sink &+= run(sentence) }
let ns = cpuNanoseconds() - start  // CPU time: the machine is shared
print(
    String(
        format: "hidden %d input %d layers %d charFilters %d: %.1f us/token (%.0f us per %d-word sentence) sink %d",
        hidden, input, layers, charFilters, ns / Double(n * sentence) / 1000, ns / Double(n) / 1000, sentence, sink % 10
    ))
