/// Builds one record from JSON in memory, by the same field readers and
/// rules as a line of a JSON Lines file.
///
/// Unlike a file's line, the JSON may span lines (a pretty-printed request
/// body). Keys that are no field of the record are ignored, as in files.
enum RecordDecoding {
    /// The record `build` makes from the JSON object in `bytes`.
    ///
    /// - Throws: ``RecordError`` with every problem: ``ProblemCode/invalidUTF8``,
    ///   ``ProblemCode/malformedJSON`` or ``ProblemCode/duplicateKey`` for
    ///   bytes that are not one JSON object, else each bad field.
    ///
    /// - Parameter defaultID: the id to use if the object gives none (a
    ///   REST `PUT` names the record in its path).
    static func record<Record>(
        _ kind: RecordError.Kind, json bytes: some Collection<UInt8>, defaultID: String? = nil,
        build: (any RecordFields) -> BuiltRecord<Record>
    ) throws(RecordError) -> Record {
        let value = try withContiguousBytes(of: bytes) { buffer throws(RecordError) -> JSONValue in
            guard buffer.isValidUTF8 else {
                throw RecordError(kind: kind, id: "", problem: FieldProblem(
                    .invalidUTF8, field: InputError.recordField, expected: "text in UTF-8"))
            }
            do throws(FieldProblem) {
                return try JSONParser.parse(buffer)
            } catch {
                throw RecordError(kind: kind, id: "", problem: error)
            }
        }
        return try record(kind, json: value.withDefaultID(defaultID), build: build)
    }

    /// The record `build` makes from the JSON object `value`.
    ///
    /// - Throws: ``RecordError`` with ``ProblemCode/malformedJSON`` for a
    ///   value other than an object, else with every bad field.
    static func record<Record>(
        _ kind: RecordError.Kind, json value: JSONValue, build: (any RecordFields) -> BuiltRecord<Record>
    ) throws(RecordError) -> Record {
        guard case .object(let members) = value else {
            throw RecordError(kind: kind, id: "", problem: FieldProblem(
                .malformedJSON, field: InputError.recordField, value: value.typeName, expected: "a JSON object"))
        }
        let built = build(JSONRecordFields(members: members))
        guard built.problems.isEmpty else {
            throw RecordError(kind: kind, id: built.id ?? "", problems: built.problems)
        }
        return built.record
    }

    private static func withContiguousBytes<Value>(
        of bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(RecordError) -> Value
    ) throws(RecordError) -> Value {
        let result: Result<Value, RecordError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(RecordError) in try body(buffer) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(RecordError) in try body(buffer) }
    }
}

extension JSONValue {
    /// An object given `id` if it has none (or a `null` or empty one);
    /// anything else as it is.
    fileprivate func withDefaultID(_ id: String?) -> JSONValue {
        guard let id, case .object(var members) = self else { return self }
        switch members.firstIndex(where: { $0.key == "id" }) {
        case .some(let index):
            guard members[index].value == .null || members[index].value == .string("") else { return self }
            members[index].value = .string(id)
        case nil:
            members.append(Member(key: "id", value: .string(id)))
        }
        return .object(members)
    }
}
