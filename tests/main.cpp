// The Catch2 entry point; every other file in tests/ adds TEST_CASEs.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
