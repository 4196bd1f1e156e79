@testable import JobMatchModel

/// Fuzzes the skill-list parser: `welding:5;forklift:1` as a CSV cell,
/// and the same bytes as JSON where they parse as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSkills(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The CSV reader passes on only UTF-8 cells.
    guard bytes.isValidUTF8 else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    check(.text(text), items: bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).count)
    if let value = try? JSONParser.parse(bytes) {
        check(.json(value), items: { if case .object(let members) = value { members.count } else { nil } }())
    }
    return 0
}

/// Reads `value` as skill levels and checks the result or the problem.
///
/// - Parameter items: how many skill levels a successful read must give.
private func check(_ value: FieldValue, items: Int?) {
    let field = "skills"
    let levels: [SkillLevel]
    do {
        levels = try value.skillLevels(field: field)
    } catch {
        Invariants.check(error, context: field)
        require(error.field == field, "a problem of another field: \(error)")
        let codes: Set<ProblemCode> = [.malformedList, .wrongType, .notANumber, .notFinite, .notAnInteger, .outOfRange]
        require(codes.contains(error.code), "an unexpected problem: \(error)")
        return
    }
    require(levels.count == items, "\(levels.count) skill levels from \(items.map(String.init) ?? "a non-object")")
    if case .text = value {
        for level in levels {
            require(!level.skill.isEmpty && !holdsSeparator(level.skill), "a bad skill id \(level.skill)")
        }
    }
    // The rules a seeker's skills must keep, as the loader applies them.
    let seeker = Seeker(id: "S", location: Coordinate(latitude: 30, longitude: 115), skills: levels)
    for problem in RecordValidator.problems(in: seeker, taxonomy: fuzzTaxonomy) {
        Invariants.check(problem, context: "rules")
    }
}
