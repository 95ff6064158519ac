# finance-streams: the two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SOLUTION := finance-streams.sln
CONFIG   ?= Release
CLI      := processors/FinanceStreams.Host/bin/$(CONFIG)/net10.0/finance-streams.dll
DOTNET   ?= dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

# System packages the test suite uses (kcat: a Kafka client from outside the project;
# prometheus: evaluates the dashboards' queries and alert rules against a live run).
APT_PACKAGES := kcat prometheus
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help build test soak run bench deps check-sdk clean

help:
	@echo "make run    build, start the local broker, run the pipeline on simulated data, show the result, stop"
	@echo "make test   the whole test suite (installs what it needs)"
	@echo "make soak   the fault scenarios (crash loop, scaling, broker outages) at length: about 25 minutes"
	@echo "make bench  pipeline vs plain consume-produce, latency, restore, memory (writes bench/results.json, README)"
	@echo "make build  compile everything ($(CONFIG))"

check-sdk:
	@command -v $(DOTNET) >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }

deps:
	@missing=""; for p in $(APT_PACKAGES); do command -v $$p >/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build: check-sdk
	$(DOTNET) build $(SOLUTION) -c $(CONFIG) -nologo -clp:ErrorsOnly

# The failed tests are named again at the end, so the last lines of a long run say what failed.
test: deps build
	@mkdir -p .dev; set -o pipefail; \
	$(DOTNET) test $(SOLUTION) -c $(CONFIG) --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee .dev/test.log \
	  || { status=$$?; bash .ci/failed-tests .dev/test.log; exit $$status; }

# The long version of the fault scenarios that `make test` runs short (tests/.../Reliability, Category=Faults).
soak: deps build
	FINANCE_STREAMS_SOAK=1 $(DOTNET) test tests/FinanceStreams.IntegrationTests -c $(CONFIG) --no-build -nologo --filter "Category=Faults" --logger "console;verbosity=detailed"

run: build
	$(DOTNET) $(CLI) demo

# One run: the pipeline benchmark (figures to bench/results.json and README.md).
bench: build
	$(DOTNET) $(CLI) bench --out bench/results.json --readme README.md

clean:
	$(DOTNET) clean $(SOLUTION) -nologo -v q
	rm -rf .dev
