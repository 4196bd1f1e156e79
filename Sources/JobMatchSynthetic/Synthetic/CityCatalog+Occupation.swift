import JobMatch
extension CityCatalog {
    /// An occupation: a post title and the skills it calls for.
    public struct Occupation: Sendable {
        /// The English title, such as `Welder`.
        public let title: String
        /// The Chinese title, such as `电焊工`.
        public let chineseTitle: String
        /// The skill ids it calls for, the defining skill first.
        public let skills: [String]

        init(_ chineseTitle: String, _ title: String, _ skills: [String]) {
            self.title = title
            self.chineseTitle = chineseTitle
            self.skills = skills
        }
    }
}
