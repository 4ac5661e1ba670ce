// Cross-document entity resolution at the graph level: each merge rule and
// guardrail of graph/node_clustering.h, the user's overrides
// (graph/resolution_overrides.h, `build --resolve`), canonical names and
// alias provenance. Names are invented.
#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/knowledge_graph.h"
#include "graph/node_clustering.h"
#include "graph/resolution_overrides.h"
#include "tests/test_support.h"

using namespace newsgraph;
namespace testing = newsgraph::testing;

namespace {

// Adds `name` once in each of `documents` documents (ids prefix + number).
void mention(KnowledgeGraph& g, NodeType type, const std::string& name, int documents,
             const std::string& prefix = "") {
  std::string p = prefix.empty() ? name : prefix;
  for (int i = 0; i < documents; ++i) {
    NodeHandle n = g.add_node(type, name, "", p + "-" + std::to_string(i));
    g.graph()[n].mention_count += 1;
  }
}


// The node that lists `name` as its name or an alias.
const NodeProperties* holder(const KnowledgeGraph& g, const std::string& name) {
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const NodeProperties& n = g.graph()[v];
    if (n.name == name) return &n;
    if (std::find(n.aliases.begin(), n.aliases.end(), name) != n.aliases.end()) return &n;
  }
  return nullptr;
}

bool together(const KnowledgeGraph& g, const std::string& a, const std::string& b) {
  const NodeProperties* x = holder(g, a);
  const NodeProperties* y = holder(g, b);
  return x && x == y;
}

std::string schema_text() {
  return testing::read_file(testing::source_dir() / "schemas" / "resolve.schema.json");
}

ResolutionOverrides parse(const std::string& json) {
  return parse_resolution_overrides(json, schema_text(), "my-decisions.json");
}

std::string parse_error(const std::string& json) {
  try {
    parse(json);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("resolution: an acronym joins the one name whose initials it spells", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Group, "Valdorian Liberation Army", 3);
  mention(g, NodeType::Organization, "VLA", 2);
  mention(g, NodeType::Organization, "Marisk Relief Council", 2);
  mention(g, NodeType::Organization, "M.R.C.", 1);
  g.finalize();
  CHECK(g.node_count() == 2);
  CHECK(together(g, "Valdorian Liberation Army", "VLA"));
  CHECK(together(g, "Marisk Relief Council", "M.R.C."));
  // The canonical name is the full name, not the acronym.
  CHECK(testing::find_node(g, "Valdorian Liberation Army"));
}

TEST_CASE("resolution: an acronym that fits two names joins neither", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Group, "Northern Defence Front", 3);
  mention(g, NodeType::Organization, "National Democratic Forum", 2);
  mention(g, NodeType::Organization, "NDF", 4);
  g.finalize();
  CHECK(g.node_count() == 3);
  CHECK_FALSE(together(g, "NDF", "Northern Defence Front"));
  CHECK_FALSE(together(g, "NDF", "National Democratic Forum"));
}

TEST_CASE("resolution: a surname joins the one full name ending with it", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Teodor Malin", 2);
  mention(g, NodeType::Person, "Malin", 3);
  mention(g, NodeType::Person, "T. Malin", 1);      // an initial fits too
  mention(g, NodeType::Person, "Gen. Malin", 1);    // so does a title
  mention(g, NodeType::Person, "Ilona Varga", 1);
  g.finalize();
  CHECK(g.node_count() == 2);
  CHECK(together(g, "Teodor Malin", "Malin"));
  CHECK(together(g, "Teodor Malin", "T. Malin"));
  CHECK(together(g, "Teodor Malin", "Gen. Malin"));
}

TEST_CASE("resolution: a surname shared by two full names joins neither", "[resolution]") {
  // "Malin" is the most mentioned form, yet it must not head a cluster that
  // both full names join (a chain through the surname).
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Malin", 9);
  mention(g, NodeType::Person, "Teodor Malin", 2);
  mention(g, NodeType::Person, "Ilona Malin", 2);
  g.finalize();
  CHECK(g.node_count() == 3);
  CHECK_FALSE(together(g, "Teodor Malin", "Ilona Malin"));
}

TEST_CASE("resolution: a shorter name must match first and last words", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Andrey Petrov Vulkov", 2);
  mention(g, NodeType::Person, "Andrey Vulkov", 2);  // drops the middle name: same man
  mention(g, NodeType::Person, "Petrov Vulkov", 1);  // another first name: another man
  g.finalize();
  CHECK(together(g, "Andrey Petrov Vulkov", "Andrey Vulkov"));
  CHECK_FALSE(together(g, "Andrey Petrov Vulkov", "Petrov Vulkov"));
}

TEST_CASE("resolution: typo variants of a name merge", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Margit Halvorsen", 3);
  mention(g, NodeType::Person, "Margit Halvorssen", 1);  // inserted letter
  mention(g, NodeType::Person, "Margit Jalvorsen", 1);   // first letter wrong
  mention(g, NodeType::Person, "Margti Halvorsen", 1);   // transposed letters
  mention(g, NodeType::Person, "Margit Holm", 1);        // another surname
  mention(g, NodeType::Place, "Zahraa", 3);
  mention(g, NodeType::Place, "Zahra", 1);
  mention(g, NodeType::Place, "Zabra", 1);  // 0.92 to Zahra: a place needs 0.95
  g.finalize();
  CHECK(together(g, "Margit Halvorsen", "Margit Halvorssen"));
  CHECK(together(g, "Margit Halvorsen", "Margit Jalvorsen"));
  CHECK(together(g, "Margit Halvorsen", "Margti Halvorsen"));
  CHECK_FALSE(together(g, "Margit Halvorsen", "Margit Holm"));
  CHECK(together(g, "Zahraa", "Zahra"));
  CHECK_FALSE(together(g, "Zahraa", "Zabra"));
}

TEST_CASE("resolution: transliteration variants and particles merge", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Sergei Varenko", 3);
  mention(g, NodeType::Person, "Sergey Varenko", 2);
  mention(g, NodeType::Person, "Staffan de Mistura", 3);
  mention(g, NodeType::Person, "Staffan di Mistura", 1);
  mention(g, NodeType::Person, "De Mistura", 5);
  mention(g, NodeType::Person, "Mister", 1);
  mention(g, NodeType::Person, "Mohammed Qassem", 2);
  mention(g, NodeType::Person, "Muhammad Qasem", 1);
  g.finalize();
  CHECK(g.node_count() == 3);
  CHECK(together(g, "Sergei Varenko", "Sergey Varenko"));
  CHECK(together(g, "Staffan de Mistura", "Staffan di Mistura"));
  CHECK(together(g, "Staffan de Mistura", "De Mistura"));
  CHECK(together(g, "Staffan de Mistura", "Mister"));
  CHECK(together(g, "Mohammed Qassem", "Muhammad Qasem"));
}

TEST_CASE("resolution: types never merge across families", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Zahraa", 2);
  mention(g, NodeType::Place, "Zahra", 2);
  mention(g, NodeType::Person, "Lena Brodek", 2);
  mention(g, NodeType::Place, "Brodek", 3);
  mention(g, NodeType::Group, "Brodek", 1);
  mention(g, NodeType::Group, "Marisk Brigade", 2);
  mention(g, NodeType::Organization, "Marisk Brigade", 1);  // group ~ organization may merge
  g.finalize();
  CHECK(g.node_count() == 6);
  const NodeProperties* brigade = testing::find_node(g, "Marisk Brigade");
  REQUIRE(brigade);
  CHECK(brigade->type == NodeType::Group);  // the majority type
  int brodek_nodes = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
    if (g.graph()[v].name == "Brodek") ++brodek_nodes;
  CHECK(brodek_nodes == 2);  // the place and the group
}

TEST_CASE("resolution: no chain merges A and C through B", "[resolution]") {
  // Sergej~Sergei and Sergei~Sergey are alike, and so each is to the head
  // Sergei; but a node is compared with heads only, so Serhiy (alike to
  // Sergiy, not to Sergei) stays apart even when Sergiy has joined Sergei.
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Sergei Varenko", 5);
  mention(g, NodeType::Person, "Sergiy Varenko", 2);
  mention(g, NodeType::Person, "Serhiy Varenko", 1);
  g.finalize();
  REQUIRE(jaro_winkler("sergiy", "sergei") >= 0.88);
  REQUIRE(jaro_winkler("serhiy", "sergiy") >= 0.88);
  REQUIRE(jaro_winkler("serhiy", "sergei") < 0.88);
  CHECK(together(g, "Sergei Varenko", "Sergiy Varenko"));
  CHECK_FALSE(together(g, "Sergei Varenko", "Serhiy Varenko"));
}

TEST_CASE("resolution: the canonical name is the most complete frequent form", "[resolution]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "De Mistura", 6);
  mention(g, NodeType::Person, "Staffan de Mistura", 3);
  mention(g, NodeType::Person, "Staffan di Mistura", 1);
  mention(g, NodeType::Person, "Mistura", 2);
  mention(g, NodeType::Person, "Bashir al-Hakim", 2);
  mention(g, NodeType::Person, "Hakim", 4);
  g.finalize();
  REQUIRE(g.node_count() == 2);
  const NodeProperties* envoy = testing::find_node(g, "Staffan de Mistura");
  REQUIRE(envoy);
  CHECK(envoy->id == "person:staffan-de-mistura");
  CHECK(envoy->aliases == std::vector<std::string>{"De Mistura", "Mistura", "Staffan di Mistura"});
  CHECK(testing::find_node(g, "Bashir al-Hakim"));
}

TEST_CASE("resolution: every alias keeps the documents it came from", "[resolution]") {
  KnowledgeGraph g;
  g.add_node(NodeType::Person, "Andrey Vulkov", "", "d1");
  g.add_node(NodeType::Person, "Andrey Vulkov", "", "d2");
  g.add_node(NodeType::Person, "Andrei Vulkov", "", "d3");
  NodeHandle v = g.add_node(NodeType::Person, "Vulkov", "", "d4");
  g.graph()[v].alias_sources.push_back({"Gen. Vulkov", {"d4"}});  // as a document adds it
  g.finalize();
  REQUIRE(g.node_count() == 1);
  const NodeProperties* node = testing::find_node(g, "Andrey Vulkov");
  REQUIRE(node);
  CHECK(node->documents == std::vector<std::string>{"d1", "d2", "d3", "d4"});
  auto sources = [&](const std::string& alias) {
    for (const AliasSource& a : node->alias_sources)
      if (a.alias == alias) return a.documents;
    return std::vector<std::string>{};
  };
  CHECK(sources("Andrey Vulkov") == std::vector<std::string>{"d1", "d2"});
  CHECK(sources("Andrei Vulkov") == std::vector<std::string>{"d3"});
  CHECK(sources("Vulkov") == std::vector<std::string>{"d4"});
  CHECK(sources("Gen. Vulkov") == std::vector<std::string>{"d4"});
}

TEST_CASE("resolution: the result does not depend on input order", "[resolution]") {
  std::vector<std::pair<NodeType, std::string>> names = {
      {NodeType::Person, "Sergei Varenko"}, {NodeType::Person, "Sergey Varenko"},
      {NodeType::Person, "Varenko"},        {NodeType::Person, "Ilona Malin"},
      {NodeType::Person, "Teodor Malin"},   {NodeType::Person, "Malin"},
      {NodeType::Place, "Zahra"},           {NodeType::Place, "Zahraa"},
      {NodeType::Group, "Northern Front"},  {NodeType::Organization, "NF"}};
  auto build = [&](bool reversed) {
    KnowledgeGraph g;
    auto list = names;
    if (reversed) std::reverse(list.begin(), list.end());
    for (const auto& [type, name] : list) g.add_node(type, name, "", "d-" + name);
    g.finalize();
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
      const NodeProperties& n = g.graph()[v];
      std::string line = n.id + " =";
      for (const std::string& a : n.aliases) line += " " + a;
      out.push_back(line);
    }
    return out;
  };
  CHECK(build(false) == build(true));
}

TEST_CASE("resolution: a hundred people of one surname stay apart", "[resolution]") {
  // 100 men surnamed Kovar overfill the blocks of "kovar" (kMaxBlockHeads);
  // none merges with another, and the surname alone is given to none.
  KnowledgeGraph g;
  for (int i = 0; i < 100; ++i) {
    // Three-letter given names: short words must be equal to match.
    std::string given = {static_cast<char>('A' + i % 26), static_cast<char>('a' + i / 26), 'n'};
    mention(g, NodeType::Person, given + " Kovar", 1);
  }
  mention(g, NodeType::Person, "Kovar", 1);
  g.finalize();
  CHECK(g.node_count() == 101);
  CHECK(testing::find_node(g, "Kovar"));
}

// ---- Overrides ----------------------------------------------------------------

TEST_CASE("resolution overrides: same_as forces a merge, within a family", "[resolution][overrides]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Abu Karim", 3);
  mention(g, NodeType::Person, "Yusuf Haddad", 2);
  mention(g, NodeType::Place, "Haddad", 1);  // a place is never merged with a person
  mention(g, NodeType::Group, "Northern Front", 2);
  mention(g, NodeType::Group, "Brodek Battalions", 1);
  ResolutionOverrides o;
  o.same_as.push_back(make_resolution_rule({"Abu Karim", "Yusuf Haddad", "Haddad"}));
  o.same_as.push_back(make_resolution_rule({"northern front", "BRODEK BATTALIONS"}, NodeType::Group));
  g.finalize(o);
  CHECK(g.node_count() == 3);
  CHECK(together(g, "Abu Karim", "Yusuf Haddad"));
  CHECK(together(g, "Northern Front", "Brodek Battalions"));
  const NodeProperties* place = nullptr;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
    if (g.graph()[v].type == NodeType::Place) place = &g.graph()[v];
  REQUIRE(place);
  CHECK(place->name == "Haddad");
}

TEST_CASE("resolution overrides: same_as finds a node by its alias", "[resolution][overrides]") {
  KnowledgeGraph g;
  NodeHandle v = g.add_node(NodeType::Group, "Coalition for a Free Valdoria", "", "d1");
  g.graph()[v].alias_sources.push_back({"the Coalition", {"d1"}});
  g.add_node(NodeType::Group, "Valdorian opposition bloc", "", "d2");
  ResolutionOverrides o;
  o.same_as.push_back(make_resolution_rule({"Coalition", "Valdorian opposition bloc"}));
  g.finalize(o);
  CHECK(g.node_count() == 1);
  CHECK(testing::find_node(g, "Coalition for a Free Valdoria"));
}

TEST_CASE("resolution overrides: not_same_as forbids an automatic merge", "[resolution][overrides]") {
  auto build = [](const ResolutionOverrides& o) {
    KnowledgeGraph g;
    mention(g, NodeType::Person, "Teodor Malin", 2);
    mention(g, NodeType::Person, "Malin", 3);
    mention(g, NodeType::Person, "Sergei Varenko", 2);
    mention(g, NodeType::Person, "Sergey Varenko", 1);
    mention(g, NodeType::Group, "Marisk Brigade", 1);
    mention(g, NodeType::Organization, "Marisk Brigade", 1);
    g.finalize(o);
    return g;
  };
  KnowledgeGraph automatic = build({});
  CHECK(automatic.node_count() == 3);
  CHECK(together(automatic, "Teodor Malin", "Malin"));

  ResolutionOverrides o;
  o.not_same_as.push_back(make_resolution_rule({"Malin", "Teodor Malin"}));
  o.not_same_as.push_back(make_resolution_rule({"Sergei Varenko", "Sergey Varenko"}, NodeType::Person));
  KnowledgeGraph g = build(o);
  CHECK(g.node_count() == 5);
  CHECK_FALSE(together(g, "Teodor Malin", "Malin"));
  CHECK_FALSE(together(g, "Sergei Varenko", "Sergey Varenko"));

  // A typed rule concerns nodes of that type only.
  ResolutionOverrides places;
  places.not_same_as.push_back(make_resolution_rule({"Sergei Varenko", "Sergey Varenko"}, NodeType::Place));
  CHECK(build(places).node_count() == 3);
}

TEST_CASE("resolution overrides: not_same_as narrows an ambiguous surname", "[resolution][overrides]") {
  // "Malin" fits two men; told it is not Ilona, it is Teodor's.
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Teodor Malin", 2);
  mention(g, NodeType::Person, "Ilona Malin", 2);
  mention(g, NodeType::Person, "Malin", 1);
  ResolutionOverrides o;
  o.not_same_as.push_back(make_resolution_rule({"Ilona Malin", "Malin"}));
  g.finalize(o);
  CHECK(g.node_count() == 2);
  CHECK(together(g, "Teodor Malin", "Malin"));
  CHECK_FALSE(together(g, "Ilona Malin", "Malin"));
}

TEST_CASE("resolution overrides: a same_as group is never joined by a forbidden name", "[resolution][overrides]") {
  KnowledgeGraph g;
  mention(g, NodeType::Person, "Teodor Malin", 2);
  mention(g, NodeType::Person, "T. Malin", 1);
  mention(g, NodeType::Person, "Malin", 1);
  ResolutionOverrides o;
  o.same_as.push_back(make_resolution_rule({"Teodor Malin", "T. Malin"}));
  o.not_same_as.push_back(make_resolution_rule({"T. Malin", "Malin"}));
  g.finalize(o);
  CHECK(together(g, "Teodor Malin", "T. Malin"));
  CHECK_FALSE(together(g, "Teodor Malin", "Malin"));
}

TEST_CASE("resolution overrides: the file format is read and checked", "[resolution][overrides]") {
  ResolutionOverrides o = parse(R"({
    "description": "decisions of the desk",
    "same_as": [["Jane Roe", "J. Roe"], {"names": ["NF", "Northern Front"], "type": "group", "note": "same bloc"}],
    "not_same_as": [["Malin", "Teodor Malin", "Ilona Malin"]]
  })");
  REQUIRE(o.same_as.size() == 2);
  CHECK(o.same_as[0].keys == std::vector<std::string>{"jane roe", "j roe"});
  CHECK_FALSE(o.same_as[0].type);
  CHECK(o.same_as[1].type == NodeType::Group);
  CHECK(o.same_as[1].where == "same_as[1]");
  REQUIRE(o.not_same_as.size() == 1);
  CHECK(o.not_same_as[0].names.size() == 3);
  CHECK(parse("{}").empty());
}

TEST_CASE("robustness: bad override files name the file and the entry", "[resolution][overrides]") {
  CHECK_THAT(parse_error("{\"same_as\": [[\"A B\", \"C D\"]"),
             Catch::StartsWith("my-decisions.json: not valid JSON"));
  CHECK(parse_error(R"({"same_as": [["A B", "C D"], ["E F"]]})") ==
        "my-decisions.json: same_as[1]: an entry is a list of two or more names, or "
        "{\"names\": [...], \"type\": \"...\"}");
  CHECK_THAT(parse_error(R"({"not_same_as": [{"names": ["A", "B"], "type": "city"}]})"),
             Catch::StartsWith("my-decisions.json: not_same_as[0]: "));
  CHECK(parse_error(R"({"same": [["A", "B"]]})") ==
        "my-decisions.json: top level: unknown member \"same\" (allowed: same_as, not_same_as, "
        "description)");
  CHECK(parse_error(R"({"same_as": [["A", "B"], {"names": ["C", "D"], "kind": "x"}]})") ==
        "my-decisions.json: same_as[1]: an entry is a list of two or more names, or "
        "{\"names\": [...], \"type\": \"...\"}");
  CHECK(parse_error(R"({"same_as": [["A B", "..."]]})") ==
        "my-decisions.json: same_as[0]: the name \"...\" has no letters or digits");
  CHECK(parse_error(R"({"same_as": [["Jane Roe", "JANE ROE"]]})") ==
        "my-decisions.json: same_as[0]: \"Jane Roe\" and \"JANE ROE\" are one name");
  CHECK(parse_error(R"({"same_as": [["A", "B"], ["B", "C"]], "not_same_as": [["C", "X"], ["A", "C"]]})") ==
        "my-decisions.json: not_same_as[1]: \"A\" and \"C\" are also declared the same (same_as[0])");
  // A typed same_as does not contradict a not_same_as of another type.
  CHECK(parse_error(R"({"same_as": [{"names": ["A", "B"], "type": "person"}],
                        "not_same_as": [{"names": ["A", "B"], "type": "place"}]})") == "");
  CHECK(parse_error("[]") != "");
}

TEST_CASE("robustness: build --resolve rejects a bad file with exit 2", "[resolution][overrides][cli]") {
  testing::TempDir dir;
  testing::write_file(dir / "page.txt", "Teodor Malin met Ilona Varga in Marisk on Monday.\n");
  testing::write_file(dir / "bad.json", R"({"same_as": [["Teodor Malin"]]})");
  auto result = testing::run_command(testing::binary().string() + " build -q --resolve " +
                                     testing::shell_quote((dir / "bad.json").string()) + " " +
                                     testing::shell_quote((dir / "page.txt").string()) + " -o " +
                                     testing::shell_quote((dir / "out").string()));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.out, Catch::Contains((dir / "bad.json").string() + ": same_as[0]"));
  CHECK_FALSE(std::filesystem::exists(dir / "out" / "graph.json"));

  auto missing = testing::run_command(testing::binary().string() + " build -q --resolve " +
                                      testing::shell_quote((dir / "none.json").string()) + " " +
                                      testing::shell_quote((dir / "page.txt").string()) + " -o " +
                                      testing::shell_quote((dir / "out").string()));
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.out, Catch::Contains((dir / "none.json").string()));
}

TEST_CASE("resolution overrides: build --resolve applies the file on every run", "[resolution][overrides][cli]") {
  testing::TempDir dir;
  testing::write_file(dir / "pages" / "a.txt",
                      "Commander Teodor Malin of the Northern Liberation Front spoke in Marisk on Monday.\n"
                      "Malin said the fighting would go on.\n");
  testing::write_file(dir / "pages" / "b.txt",
                      "Fighting went on in Marisk on Tuesday, Commander Malin said.\n");
  testing::write_file(dir / "decisions.json",
                      R"({"not_same_as": [["Malin", "Teodor Malin"]]})");
  auto build = [&](const std::string& extra, const std::string& out) {
    auto r = testing::run_command(testing::binary().string() + " build -q --format json " + extra +
                                  " " + testing::shell_quote((dir / "pages").string()) + " -o " +
                                  testing::shell_quote((dir / out).string()));
    REQUIRE(r.exit_code == 0);
    return testing::read_file(dir / out / "graph.json");
  };
  std::string plain = build("", "plain");
  std::string decided = build("--resolve " + testing::shell_quote((dir / "decisions.json").string()), "d1");
  std::string again = build("--resolve " + testing::shell_quote((dir / "decisions.json").string()), "d2");
  CHECK(decided == again);
  // Document b's lone "Malin" joins Teodor Malin unless the file says no.
  CHECK(plain.find("\"person:malin\"") == std::string::npos);
  CHECK(decided.find("\"person:malin\"") != std::string::npos);
}
