import JobMatch
extension Xoshiro256StarStar {
    /// A uniform integer in `0 ..< bound`, without modulo bias (Lemire's method).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `0 ..< 1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An approximately standard normal value: the Irwin–Hall sum of twelve
    /// uniforms less six, which needs no logarithm or cosine and is bounded
    /// by ±6.
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    /// A uniformly chosen element of a non-empty collection.
    mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element {
        collection[collection.index(collection.startIndex, offsetBy: below(collection.count))]
    }

    /// An index chosen with probability proportional to its weight.
    ///
    /// - Parameter weights: non-negative weights, at least one positive.
    /// - Complexity: O(weights).
    mutating func index(weightedBy weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var remaining = unit() * total
        for (index, weight) in weights.enumerated() where weight > 0 {
            remaining -= weight
            if remaining < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 }!
    }
}
