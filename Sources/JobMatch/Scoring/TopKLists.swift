/// The best `k` candidates of every owner, best first, owner-major.
struct TopKLists: Sendable {
    /// The list length asked for.
    let k: Int
    /// How many candidates each owner has, at most `k`.
    let counts: FixedBuffer<Int32>
    /// Owner `o`'s list is `entries[o * k ..< o * k + counts[o]]`.
    let entries: FixedBuffer<Candidate>

    /// Empty lists for `owners` owners.
    init(owners: Int, k: Int) {
        self.k = k
        counts = FixedBuffer(repeating: 0, count: owners)
        entries = FixedBuffer(repeating: .empty, count: owners * k)
    }

    /// The candidates of `owner`, best first, copied out of the lists.
    func candidates(of owner: Int) -> [Candidate] {
        let start = owner * k
        return (start..<start + Int(counts[owner])).map { entries[$0] }
    }
}
