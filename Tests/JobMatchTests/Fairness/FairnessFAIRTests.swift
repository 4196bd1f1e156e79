import Testing
@testable import JobMatch

@Suite("FA*IR re-ranking")
struct FairnessFAIRTests {
    /// Two lists from a ranking of 20 candidates scored 20 down to 1 (ids
    /// the scores), "P" marking the protected ones, as test_fair.py writes them.
    static func lists(_ pattern: String) -> [[FairCandidate]] {
        var groups: [[FairCandidate]] = [[], []]
        for (index, mark) in pattern.enumerated() {
            let score = 20 - index
            groups[mark == "P" ? 0 : 1].append(FairCandidate(id: "\(score)", score: Double(score)))
        }
        return groups
    }

    /// Whether every prefix of `picks` holds the protected candidates `table`
    /// asks for, or all of them where there are fewer.
    static func passes(_ picks: [FairPick], _ groups: [[FairCandidate]], _ table: FairnessTable) -> Bool {
        FairnessChecks.firstShortPrefix(picks, groupCount: 2) { group, length in
            group == 0 ? min(table.minimumProtected[length - 1], groups[0].count) : 0
        } == nil
    }

    /// test_fair.py `test_is_fair` and FairTests.java `parametersTestIsFair`:
    /// rankings that pass the adjusted table, which FA*IR leaves as they are.
    @Test(
        "the reference's fair rankings pass and stay as they are",
        arguments: [(0.25, ".P.....P.P..P..PP..."), (0.3, ".P.PP..P.P..P..PP...")])
    func referenceFairRankings(p: Double, pattern: String) throws {
        let table = try FairnessTable(k: 20, p: p, alpha: 0.1)
        let groups = Self.lists(pattern)
        let unconstrained = FairReranking.unconstrained(groups: groups, k: 20)
        #expect(Self.passes(unconstrained, groups, table))
        #expect(FairReranking.fair(protected: groups[0], others: groups[1], table: table) == unconstrained)
    }

    /// test_fair.py `test_re_rank` and FairTests.java `parametersTestReRank`:
    /// rankings that fail the adjusted table, re-ranked into ones that pass
    /// and hold the same candidates.
    @Test(
        "the reference's unfair rankings fail, and their re-rankings pass",
        arguments: [(0.25, "...............PPPPP"), (0.3, ".........PP.P..PPPPP")])
    func referenceReRanking(p: Double, pattern: String) throws {
        let table = try FairnessTable(k: 20, p: p, alpha: 0.1)
        let groups = Self.lists(pattern)
        #expect(!Self.passes(FairReranking.unconstrained(groups: groups, k: 20), groups, table))
        let picks = FairReranking.fair(protected: groups[0], others: groups[1], table: table)
        #expect(picks.count == 20)
        #expect(Set(picks.map { groups[$0.group][$0.position].id }) == Set((1...20).map(String.init)))
        #expect(Self.passes(picks, groups, table))
    }

    /// FairTopKTests.java: its table is the unadjusted one for k = 10,
    /// p = 0.6, α = 0.1 (`MTableGenerator(k, p, a, false)`); candidates are
    /// (doc id, score) and the expected rankings are doc ids.
    @Test(
        "the Java port's FairTopK vectors",
        arguments: [
            ([(1, 10), (3, 9), (5, 8), (7, 7), (9, 6)], [(2, 5), (4, 4), (6, 3), (8, 2), (10, 1)], 10, [1, 3, 2, 5, 4, 7, 6, 9, 8, 10]),
            ([(1, 10), (3, 9), (5, 8), (7, 7), (9, 6), (2, 5), (4, 4)], [(6, 3), (8, 2), (10, 1)], 10, [1, 3, 6, 5, 8, 7, 10, 9, 2, 4]),
            ([(1, 10), (3, 9), (5, 8), (7, 7), (9, 6), (2, 5), (4, 4), (6, 3), (8, 2), (10, 1)], [], 10, [1, 3, 5, 7, 9, 2, 4, 6, 8, 10]),
            ([(1, 10), (3, 9), (5, 8), (7, 7), (9, 6)], [(2, 5), (4, 4), (6, 3), (8, 2), (10, 1)], 20, [1, 3, 2, 5, 4, 7, 6, 9, 8, 10]),
        ] as [([(Int, Double)], [(Int, Double)], Int, [Int])])
    func javaFairTopK(others: [(Int, Double)], protected: [(Int, Double)], k: Int, expected: [Int]) throws {
        let table = try FairnessTable(k: k, p: 0.6, alpha: 0.1, adjustsForMultipleTests: false)
        let groups = [protected, others].map { $0.map { FairCandidate(id: "\($0.0)", score: $0.1) } }
        let picks = FairReranking.fair(protected: groups[0], others: groups[1], table: table)
        #expect(picks.map { groups[$0.group][$0.position].id } == expected.map(String.init))
    }

    @Test("when one list runs out the other fills the places")
    func oneListRunsOut() throws {
        let table = try FairnessTable(k: 6, p: 0.5, alpha: 0.4, adjustsForMultipleTests: false)
        #expect(table.minimumProtected == [0, 1, 1, 2, 2, 3])
        let few = [FairCandidate(id: "p", score: 1)]
        let many = (0..<5).map { FairCandidate(id: "o\($0)", score: Double(10 - $0)) }
        #expect(
            FairReranking.fair(protected: few, others: many, table: table)
                == [FairPick(group: 1, position: 0), FairPick(group: 0, position: 0)]
                + (1..<5).map { FairPick(group: 1, position: $0) })
        #expect(
            FairReranking.fair(protected: many, others: few, table: table)
                == (0..<5).map { FairPick(group: 0, position: $0) } + [FairPick(group: 1, position: 0)])
        #expect(FairReranking.fair(protected: [], others: [], table: table).isEmpty)
    }

    @Test("equal scores go by id bytes, then the protected first")
    func ties() throws {
        let table = try FairnessTable(k: 2, p: 0, alpha: 0.1)
        let a = FairCandidate(id: "a", score: 5)
        let upperB = FairCandidate(id: "B", score: 5)
        #expect(FairReranking.fair(protected: [upperB], others: [a], table: table) == [
            FairPick(group: 0, position: 0), FairPick(group: 1, position: 0),
        ])
        #expect(FairReranking.fair(protected: [FairCandidate(id: "b", score: 5)], others: [a], table: table) == [
            FairPick(group: 1, position: 0), FairPick(group: 0, position: 0),
        ])
        #expect(FairReranking.fair(protected: [a], others: [a], table: table) == [
            FairPick(group: 0, position: 0), FairPick(group: 1, position: 0),
        ])
    }

    /// A random table: k up to 40, p in steps of 0.05 (sometimes 0), α up to 0.3, adjusted or not.
    static func randomTable(using random: inout SeededGenerator) throws -> FairnessTable {
        try FairnessTable(
            k: Int.random(in: 1...40, using: &random),
            p: Double(Int.random(in: 0...19, using: &random)) / 20,
            alpha: Double.random(in: 0.01...0.3, using: &random),
            adjustsForMultipleTests: Bool.random(using: &random))
    }

    @Test("random lists: every prefix passes, each list keeps its order, only the first k count")
    func randomLists() throws {
        var random = SeededGenerator(seed: 0xFA1_0101)
        var reordered = 0
        for _ in 0..<300 {
            let table = try Self.randomTable(using: &random)
            let groups = FairnessSamples.groups(count: 2, largest: 30, using: &random)
            let picks = FairReranking.fair(protected: groups[0], others: groups[1], table: table)
            #expect(picks.count == min(table.k, groups[0].count + groups[1].count))
            #expect(Self.passes(picks, groups, table))
            #expect(FairnessChecks.keepsGroupOrder(picks, groupCount: 2))
            let truncated = groups.map { Array($0.prefix(table.k)) }
            #expect(FairReranking.fair(protected: truncated[0], others: truncated[1], table: table) == picks)

            let unconstrained = FairReranking.unconstrained(groups: groups, k: table.k)
            let ndcg = FairReranking.ndcg(
                FairnessChecks.scores(picks, in: groups), ideal: FairnessChecks.scores(unconstrained, in: groups))
            #expect(ndcg > 0 && ndcg <= 1)
            if picks == unconstrained {
                #expect(ndcg == 1)
            } else {
                reordered += 1
                #expect(FairReranking.movedUp(picks, unconstrained: unconstrained).contains(true))
            }
        }
        #expect(reordered > 50)
    }

    @Test("p = 0 changes nothing")
    func zeroShare() throws {
        var random = SeededGenerator(seed: 0xFA1_0102)
        for _ in 0..<100 {
            let table = try FairnessTable(
                k: Int.random(in: 1...40, using: &random), p: 0, alpha: Double.random(in: 0.01...0.3, using: &random))
            let groups = FairnessSamples.groups(count: 2, largest: 30, using: &random)
            #expect(
                FairReranking.fair(protected: groups[0], others: groups[1], table: table)
                    == FairReranking.unconstrained(groups: groups, k: table.k))
        }
    }

    @Test("a ranking that already passes comes back unchanged")
    func alreadyFair() throws {
        var random = SeededGenerator(seed: 0xFA1_0103)
        for _ in 0..<200 {
            let table = try Self.randomTable(using: &random)
            // A ranking that passes: protected where the table needs it, at random elsewhere.
            var owners: [Int] = []
            var held = 0
            for place in 0..<Int.random(in: table.k...(table.k + 10), using: &random) {
                let needed = place < table.k && held < table.minimumProtected[place]
                let owner = needed || Int.random(in: 0..<3, using: &random) == 0 ? 0 : 1
                held += owner == 0 ? 1 : 0
                owners.append(owner)
            }
            let groups = FairnessSamples.groups(owners: owners, groupCount: 2, using: &random)
            let unconstrained = FairReranking.unconstrained(groups: groups, k: table.k)
            #expect(unconstrained.map(\.group) == Array(owners.prefix(table.k)))
            let picks = FairReranking.fair(protected: groups[0], others: groups[1], table: table)
            #expect(picks == unconstrained)
            #expect(!FairReranking.movedUp(picks, unconstrained: unconstrained).contains(true))
            let scores = FairnessChecks.scores(picks, in: groups)
            #expect(FairReranking.ndcg(scores, ideal: scores) == 1)
        }
    }
}
