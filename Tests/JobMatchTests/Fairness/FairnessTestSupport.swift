@testable import JobMatch

/// Random groups of candidates for the fairness property tests: few distinct
/// scores, so that ties are common, and ids unique across groups whose first
/// characters order differently by bytes than by alphabet ("B" < "a" < "z" < "é").
enum FairnessSamples {
    /// `candidates` best first: score descending, equal scores by id bytes.
    static func bestFirst(_ candidates: [FairCandidate]) -> [FairCandidate] {
        candidates.sorted { $0.score != $1.score ? $0.score > $1.score : ByteOrder.precedes($0.id, $1.id) }
    }

    /// A unique id for candidate `index` of group `group`.
    static func id(group: Int, index: Int, using random: inout SeededGenerator) -> String {
        "\(["a", "B", "z", "é", "Ω"].randomElement(using: &random)!)\(group).\(index)"
    }

    /// `count` groups of 0 to `largest` candidates each, with scores among
    /// 0.5, 1, …, 3.5.
    static func groups(count: Int, largest: Int, using random: inout SeededGenerator) -> [[FairCandidate]] {
        (0..<count).map { group in
            let size = Int.random(in: 0...largest, using: &random)
            return bestFirst((0..<size).map { index in
                FairCandidate(
                    id: id(group: group, index: index, using: &random),
                    score: Double(Int.random(in: 1...7, using: &random)) / 2)
            })
        }
    }

    /// Groups cut from one ranking in which place i belongs to `owners[i]`,
    /// scores falling along it (sometimes level), so that the unconstrained
    /// ranking of the groups is that ranking.
    static func groups(owners: [Int], groupCount: Int, using random: inout SeededGenerator) -> [[FairCandidate]] {
        var groups = [[FairCandidate]](repeating: [], count: groupCount)
        var score = Double(owners.count + 1)
        var previousID: String?
        for owner in owners {
            let id = self.id(group: owner, index: groups[owner].count, using: &random)
            // Level with the candidate before only where the ids keep the order.
            let mayStayLevel = previousID.map { ByteOrder.precedes($0, id) } ?? false
            if !mayStayLevel || Bool.random(using: &random) { score -= 1 }
            previousID = id
            groups[owner].append(FairCandidate(id: id, score: score))
        }
        return groups
    }

    /// Shares for `groupCount` groups, summing to at most 1: sometimes a full
    /// distribution, sometimes a few named groups with the rest unassigned,
    /// sometimes rounded to hundredths, sometimes with zeros.
    static func shares(groupCount: Int, using random: inout SeededGenerator) -> [Double] {
        var shares = (0..<groupCount).map { _ in Double.random(in: 0...1, using: &random) }
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let sum = shares.reduce(0, +)
            if sum > 0 { shares = shares.map { $0 / sum } }
        case 1:
            shares = shares.map { ($0 * 100 / Double(groupCount)).rounded(.down) / 100 }
        case 2:
            shares = shares.map { Bool.random(using: &random) ? 0 : $0 / Double(groupCount) }
        default:
            shares = shares.map { $0 * $0 / Double(groupCount) }
        }
        let sum = shares.reduce(0, +)
        return sum > 1 ? shares.map { $0 / sum * (1 - 1e-12) } : shares
    }
}

/// What the property tests check of a re-ranked list.
enum FairnessChecks {
    /// Whether each group's picks come in the group's own order: 0, 1, 2, ….
    static func keepsGroupOrder(_ picks: [FairPick], groupCount: Int) -> Bool {
        var next = [Int](repeating: 0, count: groupCount)
        for pick in picks {
            guard pick.position == next[pick.group] else { return false }
            next[pick.group] += 1
        }
        return true
    }

    /// The first prefix, as (group, length), in which a group holds fewer
    /// candidates than `required(group, length)`, or `nil`.
    static func firstShortPrefix(
        _ picks: [FairPick], groupCount: Int, required: (Int, Int) -> Int
    ) -> (group: Int, length: Int)? {
        var held = [Int](repeating: 0, count: groupCount)
        for (index, pick) in picks.enumerated() {
            held[pick.group] += 1
            for group in 0..<groupCount where held[group] < required(group, index + 1) {
                return (group, index + 1)
            }
        }
        return nil
    }

    /// The share floors DetConstSort guarantees: min(⌊share × length⌋, the group's size).
    static func shareFloor(shares: [Double], groups: [[FairCandidate]]) -> (Int, Int) -> Int {
        { group, length in min(Int((shares[group] * Double(length)).rounded(.down)), groups[group].count) }
    }

    /// The scores of `picks`, in order.
    static func scores(_ picks: [FairPick], in groups: [[FairCandidate]]) -> [Double] {
        picks.map { groups[$0.group][$0.position].score }
    }
}
