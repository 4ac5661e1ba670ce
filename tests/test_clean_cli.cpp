// newsgraph clean as a program: output formats, ids, exit codes.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <string>

#include "tests/test_support.h"

using namespace newsgraph::testing;

namespace {
std::string clean_command(const std::string& args) {
  return shell_quote(binary().string()) + " clean " + args;
}
}  // namespace

TEST_CASE("clean command: json maps ids to title, date, author, url and body", "[clean][cli]") {
  TempDir dir;
  std::string fixture = (source_dir() / "tests/fixtures/clean/harbour_bridge.html").string();
  std::string dump = (source_dir() / "tests/fixtures/clean/ferry_dump.txt").string();
  CommandResult r = run_command(clean_command("--format json " + shell_quote(fixture) + " " +
                                              shell_quote(dump) + " 2>/dev/null"));
  REQUIRE(r.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("harbour_bridge"));
  REQUIRE(doc.HasMember("ferry_dump"));
  const auto& page = doc["harbour_bridge"];
  for (const char* key : {"title", "date", "author", "url", "articleBody"})
    CHECK(page.HasMember(key));
  CHECK(std::string(page["title"].GetString()) == "Harbour bridge reopens after storm repairs");
  CHECK(std::string(doc["ferry_dump"]["date"].GetString()) == "2022-05-10");
}

TEST_CASE("clean command: text prints the body; usage errors exit 2", "[clean][cli]") {
  std::string dump = (source_dir() / "tests/fixtures/clean/ferry_dump.txt").string();
  CommandResult text = run_command(clean_command(shell_quote(dump)));
  CHECK(text.exit_code == 0);
  CHECK(text.out.rfind("Ferry services between the island", 0) == 0);

  CHECK(run_command(clean_command("")).exit_code == 2);
  CHECK(run_command(clean_command("--format xml " + shell_quote(dump))).exit_code == 2);
  CHECK(run_command(clean_command("--bogus " + shell_quote(dump))).exit_code == 2);
  CommandResult help = run_command(clean_command("--help"));
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--format"));

  CommandResult missing = run_command(clean_command("/nonexistent/page.html"));
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.out, Catch::Contains("/nonexistent/page.html"));
}
