# Two entry points (README): `make run` builds and runs newsgraph on samples/,
# `make test` builds and runs the whole test suite. Both install what is missing.
JOBS ?= $(shell nproc)
BUILD ?= build

.PHONY: run test build setup setup-test sanitize clean

run: setup build
	./$(BUILD)/newsgraph build samples/ -o out/

test: setup-test build sanitize
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	cd $(BUILD)-asan && ctest --output-on-failure -j $(JOBS) -R '^robustness'

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# The robustness tests again under AddressSanitizer and UBSan.
sanitize:
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_SANITIZE=ON >/dev/null
	cmake --build $(BUILD)-asan -j $(JOBS)

clean:
	rm -rf $(BUILD) $(BUILD)-asan out
