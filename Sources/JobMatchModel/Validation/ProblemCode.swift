/// What is wrong with a value: a stable code that scripts can rely on.
public enum ProblemCode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The file cannot be opened or read.
    case unreadableFile = "unreadable-file"
    /// The file is too large for its records to fit in memory.
    case fileTooLarge = "file-too-large"
    /// The file's extension names no format JobMatch reads (`.csv`, `.jsonl`).
    case unsupportedFormat = "unsupported-format"
    /// The file has no content at all.
    case emptyFile = "empty-file"
    /// The file has a header but no records.
    case noRecords = "no-records"
    /// The bytes are not valid UTF-8.
    case invalidUTF8 = "invalid-utf8"
    /// A quoted CSV field is never closed.
    case unterminatedQuote = "unterminated-quote"
    /// A quote appears inside an unquoted CSV field, or text follows a closing quote.
    case strayQuote = "stray-quote"
    /// A line is longer than the reader accepts.
    case lineTooLong = "line-too-long"
    /// A JSON Lines line is not a JSON object.
    case malformedJSON = "malformed-json"
    /// A JSON object has the same key twice.
    case duplicateKey = "duplicate-key"
    /// A CSV record has more or fewer fields than the header.
    case wrongFieldCount = "wrong-field-count"
    /// A required column is absent from the header.
    case missingColumn = "missing-column"
    /// A column appears twice in the header.
    case duplicateColumn = "duplicate-column"
    /// A required value is empty or absent.
    case missingField = "missing-field"
    /// A JSON value has the wrong type.
    case wrongType = "wrong-type"
    /// A value is not a number.
    case notANumber = "not-a-number"
    /// A number is NaN or infinite.
    case notFinite = "not-finite"
    /// A value is not a whole number.
    case notAnInteger = "not-an-integer"
    /// A number is outside its allowed range.
    case outOfRange = "out-of-range"
    /// `wage_min` is greater than `wage_max`.
    case wageRangeInverted = "wage-range-inverted"
    /// A skill id is not in the taxonomy.
    case unknownSkill = "unknown-skill"
    /// A skill level is outside 1 … the skill's `max_level`.
    case levelOutOfRange = "level-out-of-range"
    /// A skill appears twice in one list.
    case duplicateSkill = "duplicate-skill"
    /// A list is malformed.
    case malformedList = "malformed-list"
    /// A requirement is not `skill:level[:weight][:mandatory]`.
    case malformedRequirement = "malformed-requirement"
    /// A date is not ISO 8601.
    case badDate = "bad-date"
    /// A window ends before it starts.
    case windowInverted = "window-inverted"
    /// A work type is not one of the six.
    case unknownWorkType = "unknown-work-type"
    /// A key-group tag is not one of the nine.
    case unknownKeyGroup = "unknown-key-group"
    /// A warning level is not `red`, `yellow`, `blue` or `none`.
    case unknownWarning = "unknown-warning"
    /// An id appears twice in one file.
    case duplicateId = "duplicate-id"
    /// An id holds a control character (C0, DEL or C1).
    case idControlCharacter = "id-control-character"
    /// An id holds `;`, `:` or `,`, or a character canonically equivalent to one.
    case idSeparator = "id-separator"
    /// An id starts or ends with white space.
    case idSurroundingSpace = "id-surrounding-space"
    /// An id starts with a combining mark.
    case idLeadingMark = "id-leading-mark"
    /// An id is not in Unicode Normalization Form C.
    case idNotNormalized = "id-not-normalized"
    /// An id is longer than 256 bytes of UTF-8.
    case idTooLong = "id-too-long"
}
