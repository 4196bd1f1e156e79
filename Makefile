# JobMatch: set-up, demo and tests in one command each.
SWIFT ?= swift
RELEASE_BIN := .build/release/jobmatch
FIXTURES := Fixtures
FUZZ_SECONDS ?= 180
PORT ?= 8080
FORMATTED := Package.swift Sources Tests Benchmarks Fuzz Service/Package.swift Service/Sources Service/Tests
SCHEMATHESIS_EXAMPLES ?= 25

.PHONY: deps build build-static build-service demo serve test test-library test-service schemathesis browser-tests console-screenshots console-timing sanitize sanitize-thread sanitize-address fuzz fuzz-ci dask-ci spark-local lint format

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product jobmatch

# jobmatch with the Swift runtime linked in, to ship to a cluster's workers
# (they need only libopenblas0 and the C and C++ runtimes): .build-static/release/jobmatch.
build-static: deps
	$(SWIFT) build -c release --product jobmatch --static-swift-stdlib --scratch-path .build-static

# Ranks the bundled Huangshi fixtures: the best 3 posts for the first seekers.
demo: build
	$(RELEASE_BIN) rank --taxonomy $(FIXTURES)/skills.csv --seekers $(FIXTURES)/seekers.csv \
		--posts $(FIXTURES)/posts.csv --top 3 --format table | head -n 40

# The service's package builds the server stack (SwiftNIO, Hummingbird, GRDB):
# its first build takes a few minutes.
build-service: deps
	$(SWIFT) build -c release --package-path Service --product jobmatch-server

# Starts the matching service on the bundled fixtures, printing its URL and a development token.
serve: build-service
	scripts/serve.sh $(PORT)

# The library's and command line's suite, then the service's.
test: test-library test-service

test-library: deps
	$(SWIFT) test

test-service: deps
	$(SWIFT) test --package-path Service

# Schemathesis against the running service and its /openapi.json, seeded.
schemathesis: deps
	Service/schemathesis/run.sh $(SCHEMATHESIS_EXAMPLES)

# The caseworker's console in headless chromium (Selenium) against the
# running service on the fixtures; installs chromium and its driver if missing.
browser-tests: deps
	Service/browser-tests/run.sh

# The same tests, saving a picture of each view of the console in docs/.
console-screenshots: deps
	Service/browser-tests/run.sh --screenshots docs

# How long the console's pages take to show their lists (a benchmark figure).
console-timing: deps
	Service/browser-tests/run.sh --timing

# The test suite under ThreadSanitizer, then AddressSanitizer, each in a
# build folder of its own so that neither clobbers the plain build.
sanitize: sanitize-thread sanitize-address

sanitize-thread: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# Leaks inside XCTest and Foundation are suppressed: Sanitizers/lsan.supp.
sanitize-address: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Sanitizers/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan

# libFuzzer on the input code, FUZZ_SECONDS a target, from a random seed:
# run it after every change to the input code (Fuzz/README.md).
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

# CI's fuzz pass: the seeds and regressions replayed, then fixed-seed runs,
# so that one commit always gives one answer.
fuzz-ci: deps
	Fuzz/run.sh --ci

# The Dask driver on a local cluster (2 workers on 127.0.0.1): sharded rank
# and match byte for byte equal to one run, a failing shard failing the job.
dask-ci: deps
	Distributed/dask/ci.sh

# The Spark job in local mode, the same comparisons (installs PySpark and a
# JRE: large, so not in CI).
spark-local: deps
	Distributed/spark/run-local.sh

# swift-format with the repository's .swift-format: lint lists what differs,
# format rewrites the files in place.
lint:
	$(SWIFT) format lint --configuration .swift-format --recursive --parallel $(FORMATTED)

format:
	$(SWIFT) format format --configuration .swift-format --recursive --parallel --in-place $(FORMATTED)
