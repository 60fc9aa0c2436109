# Helhet: the verbs people use. `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell local/find-jdk.sh)
export JAVA_HOME
# Maven's Guice reaches for sun.misc.Unsafe; JDK 23+ warns unless allowed, JDK 21 does not know the flag (ADR 0022).
JAVA_MAJOR := $(shell $(JAVA_HOME)/bin/java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { split($$2, v, "."); print v[1] }')
export MAVEN_OPTS := $(strip $(MAVEN_OPTS) $(shell [ "$(JAVA_MAJOR)" -ge 23 ] 2>/dev/null && echo --sun-misc-unsafe-memory-access=allow))
MVNW := ./mvnw -B -ntp
LAUNCHER := $(JAVA_HOME)/bin/java -Xmx256m -XX:+UseSerialGC -Dhelhet.root=$(CURDIR) -jar local/launcher/target/helhet-launcher.jar

# Everything a build depends on; `make run` rebuilds only when one of these changed.
BUILD_INPUTS := $(shell find pom.xml shared-contracts shared-security public-api services gateway local/launcher local/keycloak \
                  -type f -not -path '*/target/*' -not -path '*/node_modules/*' 2>/dev/null)

.PHONY: help fetch build run stop test test-stack bench charts images clean clean-data

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

fetch: .helhet/dist/.fetched ## Fetch Kafka and Keycloak from Maven Central (once)

.helhet/dist/.fetched: local/dist/pom.xml
	$(MVNW) -q -f local/dist/pom.xml package
	@touch $@

build: .helhet/build.stamp ## Build and package every module (no tests)

.helhet/build.stamp: $(BUILD_INPUTS) | fetch
	$(MVNW) install -DskipTests
	@mkdir -p .helhet && touch $@

run: build ## Run the whole platform locally until Ctrl-C (http://localhost:8080/)
	$(LAUNCHER) run

stop: ## Stop whatever `make run` or `make test` left running
	-@$(LAUNCHER) stop --profile run
	-@$(LAUNCHER) stop --profile test

test: fetch ## Run every test against real PostgreSQL, Kafka and Keycloak
	local/test.sh

bench: fetch ## Run the benchmarks against the real stack and print their numbers
	local/bench.sh

test-stack: fetch ## Start only the test stack, for running single tests from an IDE
	$(MVNW) -q install -DskipTests -pl local/launcher -am
	$(LAUNCHER) stack --profile test

charts: build ## Lint the chart, render every value set to charts/target/rendered/ and check it against Kubernetes' schema
	$(MVNW) test -pl charts

# The images of the services and the gateway, for a region's CI (docs/operations.md "Images"); needs docker or podman.
CONTAINER_TOOL ?= docker
IMAGE_REGISTRY ?= ghcr.io/helhet
IMAGE_TAG ?= $(shell sed -n 's/^appVersion: "\(.*\)"/\1/p' charts/helhet/Chart.yaml)
IMAGE_MODULES := services/participants services/coordinators services/agreements services/referrals services/statistics \
                 services/notifications gateway

images: build ## Build the OCI image of every service and the gateway (IMAGE_REGISTRY, IMAGE_TAG, CONTAINER_TOOL)
	@for module in $(IMAGE_MODULES); do \
	  image=$(IMAGE_REGISTRY)/$$(basename $$module):$(IMAGE_TAG); echo "building $$image"; \
	  $(CONTAINER_TOOL) build -f images/Dockerfile.jvm -t $$image $$module || exit 1; \
	done

clean: ## Remove build output
	$(MVNW) -q clean
	rm -f .helhet/build.stamp

clean-data: stop ## Remove all local data (databases, Kafka logs, Keycloak state)
	rm -rf .helhet/run .helhet/test
