// Relation patterns are data: the shipped files validate, errors name the
// file and the rule, and a new trigger works without recompiling.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/pipeline.h"
#include "extract/relations/relation_patterns.h"
#include "tests/test_support.h"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

std::filesystem::path schema() { return source_dir() / "schemas/patterns.schema.json"; }

std::string load_error(const TempDir& dir) {
  try {
    PatternSet::load(dir.path(), schema());
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("patterns: the shipped rules validate and cover every event type", "[patterns]") {
  PatternSet set = PatternSet::load(source_dir() / "schemas/patterns", schema());
  CHECK(set.rules().size() >= 20);
  for (EdgeType type : {EdgeType::Backs, EdgeType::Besieges, EdgeType::NegotiatesWith,
                        EdgeType::Attacks, EdgeType::Captures, EdgeType::Criticizes,
                        EdgeType::CallsOn, EdgeType::Threatens, EdgeType::MeetsWith}) {
    INFO(to_string(type));
    CHECK(std::any_of(set.rules().begin(), set.rules().end(),
                      [&](const PatternRule& r) { return r.type == type; }));
  }
  REQUIRE(set.rules_for("besieged"));
  CHECK(set.rules_for("besieged")->front()->type == EdgeType::Besieges);
}

TEST_CASE("patterns: path syntax", "[patterns]") {
  Path p = parse_path("^obj>nmod[on|against]");
  REQUIRE(p.size() == 2);
  CHECK(p[0].kind == PathStep::Up);
  CHECK(p[0].relation == "obj");
  CHECK(p[1].kind == PathStep::Down);
  CHECK(p[1].relation == "nmod");
  CHECK(p[1].cases == std::vector<std::string>{"on", "against"});
  CHECK(parse_path("self")[0].kind == PathStep::Self);
  CHECK_THROWS(parse_path("obl[by"));
}

TEST_CASE("patterns: errors name the file and the rule", "[patterns]") {
  TempDir dir;
  write_file(dir / "frames.json",
             R"({"description": "f", "frames": {"active": {"source": ["nsubj"], "target": ["obj"]}}})");
  write_file(dir / "bad.json",
             R"({"description": "b", "rules": [
                 {"name": "fine", "type": "backs", "trigger": {"words": ["back"]}, "frames": ["active"]},
                 {"name": "broken", "type": "befriends", "trigger": {"words": ["hug"]}, "frames": ["active"]}]})");
  std::string error = load_error(dir);
  CHECK(error.find("bad.json") != std::string::npos);
  CHECK(error.find("rule 2 'broken'") != std::string::npos);

  write_file(dir / "bad.json",
             R"({"description": "b", "rules": [
                 {"name": "lost", "type": "backs", "trigger": {"words": ["back"]}, "frames": ["nowhere"]}]})");
  error = load_error(dir);
  CHECK(error.find("unknown frame 'nowhere'") != std::string::npos);

  write_file(dir / "bad.json", "{ not json");
  CHECK(load_error(dir).find("invalid JSON") != std::string::npos);
}

TEST_CASE("patterns: a trigger added in a file works without recompiling", "[patterns]") {
  TempDir dir;
  std::filesystem::copy_file(source_dir() / "schemas/patterns/frames.json", dir / "frames.json");
  write_file(dir / "mine.json",
             R"({"description": "a user's rule", "rules": [
                 {"name": "lambaste", "type": "criticizes", "trigger": {"words": ["lambasted", "lambaste"], "upos": ["VERB"]},
                  "frames": ["active"]}]})");
  PipelineConfig config{default_data_dir(), dir.path()};
  Pipeline pipeline(config);
  Document doc;
  doc.text = "The Northern Liberation Front lambasted the Coalition for a Free Valdoria.\n";
  pipeline.annotate(doc);
  bool found = std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
    return r.type == EdgeType::Criticizes &&
           doc.entities[r.source].name == "Northern Liberation Front" &&
           doc.entities[r.target].name == "Coalition for a Free Valdoria";
  });
  CHECK(found);
}

TEST_CASE("patterns check and explain on the command line", "[patterns][build]") {
  auto check = run_command(shell_quote(binary().string()) + " patterns check --on " +
                           shell_quote((source_dir() / "samples").string()));
  INFO(check.out);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("valid") != std::string::npos);
  CHECK(check.out.find("never fired") != std::string::npos);

  TempDir out;
  write_file(out / "in/a.txt",
             "Rebels seize bridge\nThe Northern Liberation Front seized the town of Brodek on Monday.\n");
  auto build = run_command(shell_quote(binary().string()) + " build -q --format json " +
                           shell_quote((out / "in").string()) + " -o " + shell_quote((out / "g").string()));
  REQUIRE(build.exit_code == 0);
  auto explain = run_command(shell_quote(binary().string()) + " explain --color never " +
                             shell_quote((out / "g/graph.json").string()) + " --node 'northern liberation front'");
  INFO(explain.out);
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("{{Northern Liberation Front}} **seized**") != std::string::npos);
  CHECK(explain.out.find("[[Brodek]]") != std::string::npos);
  auto missing = run_command(shell_quote(binary().string()) + " explain " +
                             shell_quote((out / "g/graph.json").string()) + " --node Nobody");
  CHECK(missing.exit_code == 1);
}
