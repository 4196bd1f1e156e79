/// What a ``RecordSource`` yields: a record's content, a rejected record or
/// a problem of the whole file.
///
/// A source yields records' fields; the loader maps them to built records,
/// keeping rejections and file problems where they were in the file.
enum SourceItem<Content: Sendable>: Sendable {
    /// The content of the record starting on `line`.
    case record(line: Int, Content)
    /// A record that cannot be split into fields, such as a CSV record with
    /// a stray quote or a line that is not JSON.
    case rejected(InputError)
    /// A problem of the whole file, such as a missing column; no records follow.
    case fileProblem(InputError)

    /// This item with a record's content transformed by `transform`.
    func map<NewContent>(_ transform: (Content) -> NewContent) -> SourceItem<NewContent> {
        switch self {
        case .record(let line, let content): .record(line: line, transform(content))
        case .rejected(let error): .rejected(error)
        case .fileProblem(let error): .fileProblem(error)
        }
    }
}
