/// A candidate together with where it comes from, ordered as every fair
/// ranking orders candidates.
struct RankedCandidate {
    /// Where the candidate sits among the lists given.
    var pick: FairPick
    /// The candidate.
    var candidate: FairCandidate

    /// The candidate at `position` of `groups[group]`.
    init(_ groups: [[FairCandidate]], group: Int, position: Int) {
        pick = FairPick(group: group, position: position)
        candidate = groups[group][position]
    }

    /// Whether `self` ranks before `other`: the higher score, then the id
    /// first in UTF-8 byte order, then the lower group, then the lower
    /// position, so that the order is total even for repeated ids.
    func ranks(before other: RankedCandidate) -> Bool {
        if candidate.score != other.candidate.score { return candidate.score > other.candidate.score }
        if ByteOrder.precedes(candidate.id, other.candidate.id) { return true }
        if ByteOrder.precedes(other.candidate.id, candidate.id) { return false }
        if pick.group != other.pick.group { return pick.group < other.pick.group }
        return pick.position < other.pick.position
    }
}
