@testable import JobMatchModel

/// Fuzzes the requirement parser: `welding:4:3:mandatory;forklift:1:1` as
/// a CSV cell, and the same bytes as JSON where they parse as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequirements(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The CSV reader passes on only UTF-8 cells.
    guard bytes.isValidUTF8 else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    check(.text(text), items: bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).count)
    if let value = try? JSONParser.parse(bytes) {
        check(.json(value), items: { if case .array(let elements) = value { elements.count } else { nil } }())
    }
    return 0
}

/// Reads `value` as requirements and checks the result or the problem.
///
/// - Parameter items: how many requirements a successful read must give.
private func check(_ value: FieldValue, items: Int?) {
    let field = "requirements"
    let requirements: [Requirement]
    do {
        requirements = try value.requirements(field: field)
    } catch {
        Invariants.check(error, context: field)
        require(error.field == field, "a problem of another field: \(error)")
        let codes: Set<ProblemCode> = [.malformedRequirement, .malformedList, .wrongType, .notANumber, .notFinite, .notAnInteger, .outOfRange]
        require(codes.contains(error.code), "an unexpected problem: \(error)")
        return
    }
    require(requirements.count == items, "\(requirements.count) requirements from \(items.map(String.init) ?? "a non-array")")
    for requirement in requirements {
        require(!requirement.skill.isEmpty, "a requirement without a skill")
        require(requirement.weight.isFinite, "a weight that is not finite")
        if case .text = value {
            require(!holdsSeparator(requirement.skill), "a skill id holding a separator")
        }
    }
    // The rules a post's requirements must keep, as the loader applies them.
    let post = Post(
        id: "P", employer: "E", workType: .fulltime, location: Coordinate(latitude: 30, longitude: 115),
        wageMin: 1, wageMax: 2, requirements: requirements)
    for problem in RecordValidator.problems(in: post, taxonomy: fuzzTaxonomy) {
        Invariants.check(problem, context: "rules")
    }
}
