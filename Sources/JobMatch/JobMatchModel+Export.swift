// `import JobMatch` gives an embedder the records, taxonomy, configuration,
// validation and readers of JobMatchModel too.
@_exported import JobMatchModel
