/// How a post's list of seekers is re-ranked so that key groups keep their
/// place in every prefix of it.
public enum FairnessPolicy: Sendable, Hashable {
    /// FA*IR (Zehlike et al., 2017) for one protected group: every prefix
    /// of length i holds at least m(i) of the group, the least number a
    /// fair coin of bias `p` would fall below with probability at most
    /// `alpha` (adjusted for testing every prefix).
    case protected(SeekerGroup, p: Double, alpha: Double)
    /// DetConstSort (Geyik et al., 2019) for several groups at once: every
    /// prefix of length i holds at least ⌊share × i⌋ of each named group, or
    /// all of its feasible seekers if fewer.
    case shares([GroupShare])

    /// FA*IR's default bias and significance.
    public static let defaultP = 0.1, defaultAlpha = 0.1

    /// Checks the parameters: p in [0, 1), α in (0, 1), shares each in
    /// [0, 1] summing to at most 1, no group named twice.
    public func validate() throws(FairnessError) {
        switch self {
        case .protected(_, let p, let alpha):
            _ = try FairnessTable(k: 1, p: p, alpha: alpha)
        case .shares(let shares):
            guard !shares.isEmpty else { throw FairnessError(description: "no group share given") }
            for share in shares where !(0...1).contains(share.share) {
                throw FairnessError(description: "the share of \(share.group) must be between 0 and 1, not \(share.share)")
            }
            guard Set(shares.map(\.group)).count == shares.count else {
                throw FairnessError(description: "a group is named twice in the shares")
            }
            let total = shares.reduce(0) { $0 + $1.share }
            guard total <= 1 + 1e-9 else { throw FairnessError(description: "the shares sum to \(total), more than 1") }
        }
    }

    /// The groups the policy sorts seekers into, the last being everyone
    /// else. A seeker in several named groups counts for the first named.
    var groups: [SeekerGroup] {
        switch self {
        case .protected(let group, _, _): [group]
        case .shares(let shares): shares.map(\.group)
        }
    }

    /// Which of the policy's classes `seeker` is in: the position of the
    /// first named group it belongs to, else `groups.count` (everyone else).
    func classIndex(of seeker: Seeker) -> Int {
        groups.firstIndex { $0.contains(seeker) } ?? groups.count
    }

    /// The policy made ready for lists of `top`: FA*IR's table computed once.
    func prepared(top: Int) throws(FairnessError) -> PreparedFairness {
        guard top >= 1 else { throw FairnessError(description: "top = \(top) is out of range: lists must be at least 1 long") }
        return switch self {
        case .protected(_, let p, let alpha): PreparedFairness(top: top, table: try FairnessTable(k: top, p: p, alpha: alpha), shares: [])
        case .shares(let shares): PreparedFairness(top: top, table: nil, shares: shares.map(\.share))
        }
    }
}

/// A ``FairnessPolicy`` for lists of one length, its table computed.
struct PreparedFairness {
    let top: Int
    /// FA*IR's table; `nil` for shares.
    let table: FairnessTable?
    /// The named groups' shares, for DetConstSort.
    let shares: [Double]

    /// A post's list re-ranked from each class's best `top` seekers (best
    /// first); the unconstrained list is their merge.
    ///
    /// Each class's best `top` are enough: the re-ranking takes each
    /// class's seekers in that class's own order and lists at most `top`,
    /// so it never reaches past a class's `top`-th.
    func rerank(owner: String, classes: [[RankedMatch]]) -> FairRankedList {
        let candidates = classes.map { $0.map { FairCandidate(id: $0.seekerID, score: $0.score.total) } }
        let picks = if let table {
            FairReranking.fair(protected: candidates[0], others: candidates[1], table: table)
        } else {
            // Everyone else has no floor of its own: the named groups' floors never cap them.
            FairReranking.representative(groups: candidates, shares: shares + [0], k: top)
        }
        let plain = FairReranking.unconstrained(groups: candidates, k: top)
        let matches = picks.enumerated().map { rank, pick in
            let match = classes[pick.group][pick.position]
            return RankedMatch(seekerID: match.seekerID, postID: match.postID, rank: rank + 1, score: match.score)
        }
        let score = { (pick: FairPick) in candidates[pick.group][pick.position].score }
        return FairRankedList(
            list: RankedList(direction: .seekers, ownerID: owner, matches: matches),
            movedUp: FairReranking.movedUp(picks, unconstrained: plain),
            ndcg: FairReranking.ndcg(picks.map(score), ideal: plain.map(score)))
    }
}

extension FairnessPolicy: CustomStringConvertible {
    /// The algorithm and its parameters, as the command line takes them:
    /// `FA*IR disabled p=0.1 alpha=0.1`, `DetConstSort disabled=0.1,graduate=0.2`.
    public var description: String {
        switch self {
        case .protected(let group, let p, let alpha): "FA*IR \(group) p=\(p) alpha=\(alpha)"
        case .shares(let shares): "DetConstSort " + shares.map { "\($0.group)=\($0.share)" }.joined(separator: ",")
        }
    }
}

/// A named group's share of every prefix of a re-ranked list.
public struct GroupShare: Sendable, Hashable {
    /// The group.
    public var group: SeekerGroup
    /// The least share of every prefix, in [0, 1].
    public var share: Double

    /// A group's share.
    public init(group: SeekerGroup, share: Double) {
        self.group = group
        self.share = share
    }
}

/// A post's seekers re-ranked under a ``FairnessPolicy``.
public struct FairRankedList: Sendable, Hashable {
    /// The re-ranked list, ranks from 1.
    public let list: RankedList
    /// For each match, whether the constraint moved it above where the
    /// scores alone put it (or into the list at all).
    public let movedUp: [Bool]
    /// The list's NDCG against the unconstrained one: the share of the
    /// ranking quality kept, 1 when nothing moved.
    public let ndcg: Double
}
