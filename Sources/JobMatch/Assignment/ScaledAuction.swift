/// The maximum-score assignment of seekers to openings by the auction
/// algorithm with ε-scaling, exact for the scores rounded to 2⁻³⁰.
///
/// Seekers bid for posts in Bertsekas' forward auction; staying unassigned
/// is an option worth 0. A post with `c` openings holds its `c` best bids, one
/// per slot, and its price is the lowest it holds: a new bidder must beat that
/// one, whose seeker is displaced. A seeker bids its value less its best
/// alternative among other posts, plus ε, so every seeker holds an option
/// within ε of its best at the current prices (ε-complementary slackness).
/// Measuring the alternative among other posts only, not the same post's
/// next slot, is what avoids price wars among a post's own holders.
///
/// ε shrinks by ``scalingFactor`` from phase to phase, prices carrying over,
/// so each phase starts close to equilibrium. A seeker whose holding still
/// meets the smaller ε keeps it; the others bid again. A carried-over price
/// can leave an opening without a bidder, which the dual forbids (a post
/// with an unfilled opening must be priced 0). Each phase therefore ends with
/// reverse iterations (Bertsekas, Castañon & Tsaknakis, 1993): such an
/// opening lowers its price just enough to win its best candidate from that
/// candidate's current post, or to 0 if no candidate is worth it. They only
/// raise seekers' profits, so forward slackness is kept.
///
/// Scores are rounded to integers (a negative score to 0: such a placement
/// is never worth making) and multiplied by seekers + 1, and the last
/// phase runs at ε = 1: the duality gap, at most seekers × ε, is then below
/// one unit of the rounded scores, so the assignment is optimal for them.
/// Ties are broken by edge order and seeker order; nothing depends on threads
/// or hashing.
struct ScaledAuction {
    /// By how much ε shrinks between phases; larger factors mean fewer
    /// phases but longer price wars in each (Bertsekas suggests 4 to 10).
    static let scalingFactor: Int64 = 8
    /// The finest rounding of scores: about 1e-9, well below the scoring
    /// contract's 1e-4, so that rounding changes no choice that matters.
    static let unitsPerScore = 0x1p30

    /// What a seeker holds, packed so that reading a candidate's profit
    /// touches one cache line.
    private struct Holding {
        /// The value of the post held; 0 while unassigned.
        var value: Int64 = 0
        /// The post held, or -1.
        var post: Int32 = -1
        /// The slot held.
        var slot: Int32 = -1
    }

    /// `edgeStart[s] ..< edgeStart[s + 1]` are seeker `s`'s edges.
    private let edgeStart: [Int]
    /// Each edge's post.
    private let edgePost: [Int32]
    /// Each edge's rounded score, at least 0, times seekers + 1.
    private let value: [Int64]
    /// Each post's candidates, highest value first.
    private let candidates: PostCandidates
    /// The bids each post holds, one per slot; a post's price is its least key.
    private var bids: SlotHeaps
    /// Each slot's seeker, or -1.
    private var holder: [Int32]
    /// Each seeker's holding.
    private var holding: [Holding]
    /// For each seeker, a bound on the net value of its best option among
    /// other posts than the one it holds, and on 0, the value of staying
    /// unassigned. Prices rise in forward passes and reverse iterations raise
    /// the bound, so a seeker whose profit is within ε of it needs no new bid:
    /// most seekers sit out most phases, having no option worth taking.
    private var rival: [Int64]
    /// Which posts' prices the current reverse pass has lowered.
    private var isLowered: [Bool]

    /// The numbers of the edges of a maximum-score assignment, ascending.
    ///
    /// - Complexity: O(n × edges × log(n × C)) in the worst case, with `n`
    ///   seekers and C the largest score in units of 2⁻³⁰; in practice a few
    ///   passes over the edges in each of log₈(n × C) phases.
    static func placements(in graph: CandidateGraph) -> [Int] {
        var auction = ScaledAuction(graph)
        guard var epsilon = auction.value.max(), epsilon > 0 else { return [] }
        repeat {
            epsilon = max(1, epsilon / scalingFactor)
            auction.forwardPass(epsilon: epsilon)
            auction.reversePass(epsilon: epsilon)
        } while epsilon > 1
        return auction.holding.indices.compactMap { seeker in
            let post = auction.holding[seeker].post
            return post < 0 ? nil : (auction.edgeStart[seeker]..<auction.edgeStart[seeker + 1]).first { auction.edgePost[$0] == post }
        }
    }

    private init(_ graph: CandidateGraph) {
        edgeStart = graph.edgeStart
        edgePost = graph.edges.map { Int32(truncatingIfNeeded: $0.post) }
        let multiplier = Int64(graph.seekers.count + 1)
        let largest = graph.edges.reduce(0) { max($0, $1.score) }
        // Prices stay below twice the largest value; keep well inside Int64.
        var units = Self.unitsPerScore
        while largest * units * Double(multiplier) > 0x1p60 { units /= 2 }
        let value = graph.edges.map { Int64(max(0, $0.score * units).rounded()) * multiplier }
        self.value = value
        let candidates = PostCandidates(graph, value: value)
        self.candidates = candidates
        // No more openings can be filled than a post has candidates.
        bids = SlotHeaps(
            slotCounts: graph.posts.indices.map { min(graph.posts[$0].openings, candidates.count(of: $0)) }, initialKey: 0)
        holder = [Int32](repeating: -1, count: bids.count)
        holding = [Holding](repeating: Holding(), count: graph.seekers.count)
        isLowered = [Bool](repeating: false, count: graph.posts.count)
        // With every price 0, no net value exceeds the largest value.
        let ceiling = value.max() ?? 0
        rival = graph.seekers.indices.map { graph.edgeStart[$0] < graph.edgeStart[$0 + 1] ? ceiling : 0 }
    }

    /// A seeker's value less its post's price; 0 while unassigned.
    @inline(__always)
    private func profit(of seeker: Int) -> Int64 {
        let held = holding[seeker]
        return held.post >= 0 ? held.value - bids.leastKey[Int(held.post)] : 0
    }

    /// Brings every seeker within ε of its best option, by bids from those
    /// whose bound says they may not be.
    private mutating func forwardPass(epsilon: Int64) {
        var bidders = holding.indices.reversed().filter { rival[$0] - profit(of: $0) > epsilon }
        // A stack: a displaced seeker bids again at once, while the prices it saw are fresh.
        while let seeker = bidders.popLast() {
            if let displaced = bid(by: seeker, epsilon: epsilon) { bidders.append(displaced) }
        }
    }

    /// One seeker's bid for the post worth most to it; returns the seeker it
    /// displaces. A seeker already within ε of its best keeps what it holds,
    /// and an unassigned one with no option worth more than 0 stays unassigned.
    private mutating func bid(by seeker: Int, epsilon: Int64) -> Int? {
        var best = Int64.min, second: Int64 = 0, bestEdge = -1
        for edge in edgeStart[seeker]..<edgeStart[seeker + 1] {
            let net = value[edge] - bids.leastKey[Int(edgePost[edge])]
            if net > best {
                second = max(second, best)
                best = net
                bestEdge = edge
            } else if net > second {
                second = net
            }
        }
        let held = holding[seeker]
        if held.post >= 0 {
            let profit = held.value - bids.leastKey[Int(held.post)]
            let alternative = edgePost[bestEdge] == held.post ? second : max(best, 0)
            guard profit < alternative - epsilon else {
                rival[seeker] = alternative
                return nil
            }
            // The slot left goes to the next bidder at the post's price, which it
            // leaves unchanged, rather than that bidder displacing a holder.
            holder[Int(held.slot)] = -1
            bids.makeLeast(Int(held.slot))
            holding[seeker] = Holding()
        }
        guard best > 0 else {
            rival[seeker] = 0
            return nil
        }
        let post = Int(edgePost[bestEdge])
        let slot = bids.leastSlot(of: post)
        let displaced = Int(holder[slot])
        if displaced >= 0 { holding[displaced] = Holding() }
        holder[slot] = Int32(seeker)
        holding[seeker] = Holding(value: value[bestEdge], post: Int32(post), slot: Int32(slot))
        rival[seeker] = second
        bids.setKey(value[bestEdge] - second + epsilon, of: slot)
        return displaced >= 0 ? displaced : nil
    }

    /// Lowers the price of every unfilled opening to 0, or until it wins a
    /// candidate, whose former opening then goes through the same; then
    /// raises the bounds of the candidates the lower prices tempt.
    private mutating func reversePass(epsilon: Int64) {
        var unfilled = (0..<Int32(bids.count)).reversed().filter { holder[Int($0)] < 0 && bids.key[Int($0)] > 0 }
        // Bounds are read only when the next phase starts, and a post's price
        // only falls here, so each post's candidates are visited once, at the end.
        var lowered: [Int] = []
        while let slot = unfilled.popLast().map(Int.init) {
            let post = Int(bids.slotPost[slot])
            // A post with another opening at price 0 is priced 0 already.
            guard bids.leastKey[post] > 0 else {
                bids.makeLeast(slot)
                continue
            }
            var best = Int64.min, second = Int64.min, bestEntry = -1
            for entry in candidates.start[post]..<candidates.start[post + 1] {
                let candidate = candidates.entries[entry]
                // Every profit is at least -ε, so no candidate from here on can beat `second`.
                guard candidates.ceiling(after: candidate.value) + epsilon > second else { break }
                // The post's own holders have nothing to gain from another of its slots.
                guard holding[Int(candidate.seeker)].post != post else { continue }
                let net = candidate.value - profit(of: Int(candidate.seeker))
                if net > best {
                    second = best
                    best = net
                    bestEntry = entry
                } else if net > second {
                    second = net
                }
            }
            if !isLowered[post] {
                isLowered[post] = true
                lowered.append(post)
            }
            guard best > epsilon else {
                bids.setKey(0, of: slot)
                continue
            }
            let winner = candidates.entries[bestEntry], seeker = Int(winner.seeker)
            let held = holding[seeker]
            // What the seeker leaves becomes one of its alternatives.
            rival[seeker] = max(rival[seeker], profit(of: seeker))
            if held.post >= 0 {
                holder[Int(held.slot)] = -1
                bids.makeLeast(Int(held.slot))
                if bids.key[Int(held.slot)] > 0 { unfilled.append(held.slot) }
            }
            holder[slot] = Int32(seeker)
            holding[seeker] = Holding(value: winner.value, post: Int32(post), slot: Int32(slot))
            bids.setKey(second > epsilon ? second - epsilon : 0, of: slot)
        }
        for post in lowered {
            isLowered[post] = false
            let price = bids.leastKey[post]
            // Bounds are at least 0, so only values above the price can raise them.
            for candidate in candidates.entries[candidates.start[post]..<candidates.start[post + 1]] {
                guard candidates.ceiling(after: candidate.value) > price else { break }
                let seeker = Int(candidate.seeker)
                if candidate.value > price, holding[seeker].post != post {
                    rival[seeker] = max(rival[seeker], candidate.value - price)
                }
            }
        }
    }
}
