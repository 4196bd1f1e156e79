/// Numbers for the employers of a post set, so the own-employer rule
/// compares integers in the scoring loop.
struct EmployerNumbers: Sendable {
    /// The number of a seeker without an employer.
    static let none: Int32 = -1
    /// The number of an employer with no post in the set.
    static let unlisted: Int32 = -2

    private let numbers: [String: Int32]

    /// Numbers the distinct employers of `posts` from 0.
    init(posts: [Post]) {
        var numbers: [String: Int32] = [:]
        for post in posts where numbers[post.employer] == nil {
            numbers[post.employer] = Int32(numbers.count)
        }
        self.numbers = numbers
    }

    /// The number of `employer`.
    func number(of employer: String?) -> Int32 {
        guard let employer else { return Self.none }
        return numbers[employer] ?? Self.unlisted
    }
}
