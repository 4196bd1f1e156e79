# Sourced by the distributed checks: builds jobmatch and generates a small
# data set in a temporary folder, removed on exit. Sets `binary`, `work`
# and `data` (the input options for the data set).
swift build -c release --product jobmatch
binary=$(pwd)/.build/release/jobmatch
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$binary" generate --seekers 6000 --posts 600 --seed 7 --out "$work/data" 2>/dev/null
data=(--taxonomy "$work/data/skills.csv" --seekers "$work/data/seekers.csv" --posts "$work/data/posts.csv")
