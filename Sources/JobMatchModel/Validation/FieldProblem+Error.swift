/// Field readers throw a problem on its own; the file reader that called
/// them adds the place, as an ``InputError``.
extension FieldProblem: Error {}
