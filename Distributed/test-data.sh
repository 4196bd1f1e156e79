# Sourced by the distributed checks: builds jobmatch (release, or the
# configuration JOBMATCH_CONFIGURATION names: CI reuses the debug build of
# its tests) and generates a small data set in a temporary folder, removed
# on exit. Sets `binary`, `work` and `data` (the input options for the data set).
configuration=${JOBMATCH_CONFIGURATION:-release}
swift build -c "$configuration" --product jobmatch
binary=$(pwd)/.build/$configuration/jobmatch
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$binary" generate --seekers 6000 --posts 600 --seed 7 --out "$work/data" 2>/dev/null
data=(--taxonomy "$work/data/skills.csv" --seekers "$work/data/seekers.csv" --posts "$work/data/posts.csv")
