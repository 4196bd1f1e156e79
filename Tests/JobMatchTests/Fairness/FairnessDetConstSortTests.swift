import Testing
@testable import JobMatch

@Suite("DetConstSort re-ranking")
struct FairnessDetConstSortTests {
    static func candidates(_ prefix: String, _ scores: [Double]) -> [FairCandidate] {
        scores.enumerated().map { FairCandidate(id: "\(prefix)\($0.offset + 1)", score: $0.element) }
    }

    static func ids(_ picks: [FairPick], _ groups: [[FairCandidate]]) -> [String] {
        picks.map { groups[$0.group][$0.position].id }
    }

    /// Worked by hand. Group a owns 0.3 of every prefix (a1 within 4 places,
    /// a2 within 7), the rest is left over for the best of either group.
    /// Rounds 2 and 3 place b1, b2; round 4 a1 (deadline 4); round 5 b3,
    /// which passes a1; round 6 b4, which may not (a1 would leave its
    /// deadline); round 7 a2 (deadline 7); round 8 b5, which passes a2.
    @Test("a worked example with a share and the rest left over")
    func workedExample() {
        let groups = [Self.candidates("a", [5, 4, 3]), Self.candidates("b", [9, 8, 7, 6, 5.5, 2, 1])]
        let picks = FairReranking.representative(groups: groups, shares: [0.3, 0], k: 7)
        #expect(Self.ids(picks, groups) == ["b1", "b2", "b3", "a1", "b4", "b5", "a2"])
        let unconstrained = FairReranking.unconstrained(groups: groups, k: 7)
        #expect(Self.ids(unconstrained, groups) == ["b1", "b2", "b3", "b4", "b5", "a1", "a2"])
        #expect(FairReranking.movedUp(picks, unconstrained: unconstrained) == [false, false, false, true, false, false, false])
        let ndcg = FairReranking.ndcg(
            FairnessChecks.scores(picks, in: groups), ideal: FairnessChecks.scores(unconstrained, in: groups))
        #expect(ndcg > 0.99 && ndcg < 1)
    }

    /// Worked by hand: two halves, the paper's setting. Each even round both
    /// groups claim a place, the better candidate first, and the a's cannot
    /// move down past their deadlines.
    @Test("two halves alternate")
    func twoHalves() {
        let groups = [Self.candidates("a", [4, 3, 2, 1]), Self.candidates("b", [9, 8, 7, 6])]
        let picks = FairReranking.representative(groups: groups, shares: [0.5, 0.5], k: 6)
        #expect(Self.ids(picks, groups) == ["b1", "a1", "b2", "a2", "b3", "a3"])
    }

    /// With shares 0.2 and 0.8 and k = 2 the best two, one of each, already
    /// meet the floors; the paper's DetConstSort, stopping once two are
    /// placed, gives b1 and b2 (the 0.2 group's first claim comes in round 5).
    @Test("a ranking that meets the floors stays, where the paper's version changes it")
    func paperCounterexample() {
        let groups = [Self.candidates("a", [9.5, 8, 5.5]), Self.candidates("b", [9.5, 7.5, 4.5])]
        let picks = FairReranking.representative(groups: groups, shares: [0.2, 0.8], k: 2)
        #expect(Self.ids(picks, groups) == ["a1", "b1"])
        #expect(picks == FairReranking.unconstrained(groups: groups, k: 2))
    }

    /// Worked by hand. No prefix up to k = 2 owes any group a candidate, so
    /// the best two stay on top. Were deadlines past k kept, c1 (claimed in
    /// round 3, deadline 3) would be pushed to place 3 by b1 and then block
    /// a2, leaving a1, b1 on top.
    @Test("deadlines past k do not bind")
    func deadlinesPastK() {
        let groups = [Self.candidates("a", [9, 8]), Self.candidates("b", [5]), Self.candidates("c", [4])]
        let picks = FairReranking.representative(groups: groups, shares: [0.3, 0.3, 0.4], k: 2)
        #expect(Self.ids(picks, groups) == ["a1", "a2"])
    }

    @Test("groups that run out leave their places to the others")
    func groupsRunOut() {
        let groups = [Self.candidates("a", [1]), Self.candidates("b", []), Self.candidates("c", [3, 2])]
        let picks = FairReranking.representative(groups: groups, shares: [0.5, 0.5, 0], k: 5)
        #expect(Self.ids(picks, groups) == ["c1", "a1", "c2"])
        #expect(FairReranking.representative(groups: [], shares: [], k: 3).isEmpty)
        #expect(FairReranking.representative(groups: groups, shares: [0.5, 0.5, 0], k: 0).isEmpty)
    }

    @Test("random lists: every prefix holds each group's floor, each group keeps its order, only the first k count")
    func randomLists() {
        var random = SeededGenerator(seed: 0xFA1_0201)
        var reordered = 0
        for _ in 0..<400 {
            let groupCount = Int.random(in: 1...5, using: &random)
            let groups = FairnessSamples.groups(count: groupCount, largest: 25, using: &random)
            let shares = FairnessSamples.shares(groupCount: groupCount, using: &random)
            let k = Int.random(in: 1...40, using: &random)
            let picks = FairReranking.representative(groups: groups, shares: shares, k: k)
            let floors = FairnessChecks.shareFloor(shares: shares, groups: groups)
            #expect(picks.count == min(k, groups.reduce(0) { $0 + $1.count }))
            let short = FairnessChecks.firstShortPrefix(picks, groupCount: groupCount, required: floors)
            #expect(short == nil, "shares \(shares), k = \(k)")
            #expect(FairnessChecks.keepsGroupOrder(picks, groupCount: groupCount))
            let truncated = groups.map { Array($0.prefix(k)) }
            #expect(FairReranking.representative(groups: truncated, shares: shares, k: k) == picks)

            let unconstrained = FairReranking.unconstrained(groups: groups, k: k)
            let ndcg = FairReranking.ndcg(
                FairnessChecks.scores(picks, in: groups), ideal: FairnessChecks.scores(unconstrained, in: groups))
            #expect(ndcg > 0 && ndcg <= 1)
            if picks == unconstrained {
                #expect(ndcg == 1)
            } else {
                reordered += 1
            }
        }
        #expect(reordered > 100)
    }

    @Test("shares of 0 change nothing")
    func zeroShares() {
        var random = SeededGenerator(seed: 0xFA1_0202)
        for _ in 0..<100 {
            let groupCount = Int.random(in: 1...5, using: &random)
            let groups = FairnessSamples.groups(count: groupCount, largest: 25, using: &random)
            let k = Int.random(in: 0...40, using: &random)
            #expect(
                FairReranking.representative(groups: groups, shares: [Double](repeating: 0, count: groupCount), k: k)
                    == FairReranking.unconstrained(groups: groups, k: k))
        }
    }

    @Test("a ranking that already meets the floors comes back unchanged")
    func alreadyFair() {
        var random = SeededGenerator(seed: 0xFA1_0203)
        var checked = 0
        for _ in 0..<300 {
            let groupCount = Int.random(in: 1...5, using: &random)
            let k = Int.random(in: 1...40, using: &random)
            let owners = (0..<Int.random(in: 1...(k + 20), using: &random)).map { _ in
                Int.random(in: 0..<groupCount, using: &random)
            }
            let groups = FairnessSamples.groups(owners: owners, groupCount: groupCount, using: &random)
            // The largest share each group's places in the first k allow
            // (⌊share × j⌋ ≤ held in j places for every j), scaled down at random.
            var held = [Int](repeating: 0, count: groupCount)
            var largest = [Double](repeating: 1, count: groupCount)
            for (index, owner) in owners.prefix(k).enumerated() {
                held[owner] += 1
                for group in 0..<groupCount {
                    largest[group] = min(largest[group], Double(held[group] + 1) / Double(index + 1))
                }
            }
            var shares = largest.map { $0 * Double.random(in: 0.5...1, using: &random) * 0.999_999 }
            let sum = shares.reduce(0, +)
            if sum > 1 { shares = shares.map { $0 / sum } }
            let unconstrained = FairReranking.unconstrained(groups: groups, k: k)
            #expect(unconstrained.map(\.group) == Array(owners.prefix(k)))
            let floors = FairnessChecks.shareFloor(shares: shares, groups: groups)
            guard FairnessChecks.firstShortPrefix(unconstrained, groupCount: groupCount, required: floors) == nil else {
                continue
            }
            checked += 1
            #expect(FairReranking.representative(groups: groups, shares: shares, k: k) == unconstrained, "shares \(shares)")
        }
        #expect(checked > 200)
    }

    @Test("shares that do not fit are a programming error")
    func badShares() async {
        await #expect(processExitsWith: .failure) {
            _ = FairReranking.representative(groups: [[], []], shares: [0.7, 0.4], k: 3)
        }
        await #expect(processExitsWith: .failure) {
            _ = FairReranking.representative(groups: [[], []], shares: [-0.1, 0.4], k: 3)
        }
        await #expect(processExitsWith: .failure) {
            _ = FairReranking.representative(groups: [[]], shares: [0.2, 0.4], k: 3)
        }
    }
}
