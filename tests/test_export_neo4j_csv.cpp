// neo4j/: the neo4j-admin import files, read back with a strict RFC 4180
// reader (tests/test_export_graphs.cpp), and import.sh.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

const char* const kNodeFiles[] = {"nodes_person.csv", "nodes_group.csv", "nodes_organization.csv",
                                  "nodes_place.csv"};
const std::vector<std::string> kNodeHeader = {
    "id:ID", "name", "kind", "aliases:string[]", "mention_count:int", "documents:string[]",
    ":LABEL"};

// A neo4j-admin array field split on the array delimiter.
std::vector<std::string> split_array(const std::string& field) {
  std::vector<std::string> items;
  if (field.empty()) return items;
  size_t start = 0;
  for (size_t at = field.find(';'); at != std::string::npos; at = field.find(';', start)) {
    items.push_back(field.substr(start, at - start));
    start = at + 1;
  }
  items.push_back(field.substr(start));
  return items;
}

// An array item as written: ';' becomes U+FF1B, as import.sh says.
std::string as_array_item(const std::string& item) {
  std::string out;
  for (char c : item) out += c == ';' ? std::string("\xEF\xBC\x9B") : std::string(1, c);
  return out;
}
std::vector<std::string> as_array(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& item : items) out.push_back(as_array_item(item));
  return out;
}

size_t column(const CsvTable& table, const std::string& name) {
  const auto& header = table.front();
  auto it = std::find(header.begin(), header.end(), name);
  REQUIRE(it != header.end());
  return static_cast<size_t>(it - header.begin());
}

// Reads every file and checks it against the graph: headers, one row per
// node and exported edge, every value, every relationship end a node id.
void check_against_graph(const KnowledgeGraph& kg, const fs::path& dir) {
  const Graph& g = kg.graph();
  std::map<std::string, std::vector<std::string>> node_rows;  // id → row
  std::set<std::string> ids;
  size_t node_count = 0;
  for (const char* file : kNodeFiles) {
    INFO(file);
    CsvTable table;
    REQUIRE_NOTHROW(table = read_csv_strict(read_file(dir / file)));
    REQUIRE(!table.empty());
    CHECK(table.front() == kNodeHeader);
    for (size_t r = 1; r < table.size(); ++r) {
      CHECK(ids.insert(table[r][0]).second);  // ids unique across files: one ID space
      node_rows[table[r][0]] = table[r];
      ++node_count;
    }
  }
  CHECK(node_count == kg.node_count());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProperties& node = g[v];
    INFO(node.id);
    REQUIRE(node_rows.count(node.id));
    const auto& row = node_rows[node.id];
    CHECK(row[1] == node.name);
    CHECK(row[2] == node.kind);
    CHECK(split_array(row[3]) == as_array(node.aliases));
    CHECK(row[4] == std::to_string(node.mention_count));
    CHECK(split_array(row[5]) == as_array(node.documents));
    CHECK(row[6] == std::string(neo4j_label(node.type)));
  }

  CsvTable rels;
  REQUIRE_NOTHROW(rels = read_csv_strict(read_file(dir / "relationships.csv")));
  REQUIRE(!rels.empty());
  const auto& header = rels.front();
  REQUIRE(header.size() >= 3);
  CHECK(header[0] == ":START_ID");
  CHECK(header[1] == ":END_ID");
  CHECK(header[2] == ":TYPE");
  for (const char* typed : {"confidence:double", "mention_count:int", "documents:string[]",
                            "evidence_sentences:string[]", "evidence_trigger_starts:int[]",
                            "evidence_confidences:double[]", "negated:boolean", "evidence_negated:boolean[]",
                            "evidence_hedged:boolean[]",
                            // neo4j-admin would read an untyped "046" as a string too, but
                            // the type makes it explicit; quad class is a number.
                            "plover", "cameo:string", "quad_class:int", "first_date",
                            "last_date"})
    CHECK(std::find(header.begin(), header.end(), typed) != header.end());
  std::vector<EdgeHandle> edges = exported_edges(kg);
  REQUIRE(rels.size() == edges.size() + 1);
  size_t sentences = column(rels, "evidence_sentences:string[]");
  size_t role = column(rels, "role");
  size_t confidence = column(rels, "confidence:double");
  size_t starts = column(rels, "evidence_sentence_starts:int[]");
  size_t plover = column(rels, "plover");
  size_t cameo = column(rels, "cameo:string");
  size_t quad_class = column(rels, "quad_class:int");
  size_t documents = column(rels, "documents:string[]");
  size_t first_date = column(rels, "first_date");
  size_t last_date = column(rels, "last_date");
  for (size_t j = 0; j < edges.size(); ++j) {
    const auto& row = rels[j + 1];
    const EdgeProperties& edge = g[edges[j]];
    CHECK(ids.count(row[0]));
    CHECK(ids.count(row[1]));
    CHECK(row[0] == g[boost::source(edges[j], g)].id);
    CHECK(row[1] == g[boost::target(edges[j], g)].id);
    CHECK(row[2] == std::string(neo4j_relationship(edge.type)));
    CHECK(row[role] == edge.role);
    CHECK(std::stod(row[confidence]) == edge.confidence);
    EventCodes codes = event_codes(edge.type);
    CHECK(row[plover] == std::string(codes.plover));
    CHECK(row[cameo] == std::string(codes.cameo));
    CHECK(row[quad_class] == std::to_string(codes.quad_class));
    CHECK(split_array(row[documents]) == as_array(edge.documents));
    CHECK(row[first_date] == edge.first_date);
    CHECK(row[last_date] == edge.last_date);
    std::vector<std::string> expected_sentences, expected_starts;
    for (const Evidence& ev : edge.evidence) {
      expected_sentences.push_back(ev.sentence);
      expected_starts.push_back(std::to_string(ev.sentence_span.begin));
    }
    CHECK(split_array(row[sentences]) == as_array(expected_sentences));
    CHECK(split_array(row[starts]) == expected_starts);
  }
}

}  // namespace

TEST_CASE("neo4j csv export reads back with a strict RFC 4180 reader", "[export][csv]") {
  KnowledgeGraph kg = realistic_graph();
  TempDir dir;
  write_neo4j_csv(kg, dir / "neo4j");
  check_against_graph(kg, dir / "neo4j");
  // Quoting happened where it had to: sentences hold commas.
  std::string rels = read_file(dir / "neo4j" / "relationships.csv");
  CHECK(rels.find(",\"Fighters of the NVF shelled Port Aster overnight, residents said.;") !=
        std::string::npos);
  CHECK(rels.find("BESIEGES") == std::string::npos);  // hedged
  // The negotiation's CAMEO code keeps its leading zero in a string column.
  CsvTable table = read_csv_strict(rels);
  size_t negotiations = 0;
  for (size_t r = 1; r < table.size(); ++r) {
    if (table[r][2] != "NEGOTIATES_WITH") continue;
    ++negotiations;
    CHECK(table[r][column(table, "cameo:string")] == "046");
    CHECK(table[r][column(table, "plover")] == "CONSULT");
    CHECK(table[r][column(table, "quad_class:int")] == "1");
  }
  CHECK(negotiations == 1);
  CHECK(rels.find("BACKS") == std::string::npos);     // negated
  // Nothing but the files: no temporary left behind.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir / "neo4j")) {
    ++files;
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
  }
  CHECK(files == 6);
}

TEST_CASE("neo4j csv import.sh has the neo4j-admin command and is executable", "[export][csv]") {
  KnowledgeGraph kg = realistic_graph();
  TempDir dir;
  write_neo4j_csv(kg, dir / "neo4j");
  fs::path script = dir / "neo4j" / "import.sh";
  REQUIRE(fs::exists(script));
  CHECK((fs::status(script).permissions() & fs::perms::owner_exec) != fs::perms::none);
  std::string text = read_file(script);
  CHECK(text.rfind("#!/bin/sh\n", 0) == 0);
  CHECK(text.find("neo4j-admin database import full") != std::string::npos);
  for (const char* file : kNodeFiles)
    CHECK(text.find(std::string("--nodes=\"$dir/") + file + "\"") != std::string::npos);
  CHECK(text.find("--relationships=\"$dir/relationships.csv\"") != std::string::npos);
  CHECK(text.find("--array-delimiter=';'") != std::string::npos);
  CHECK(text.find("--multiline-fields=true") != std::string::npos);
  CHECK(run_command("sh -n " + shell_quote(script.string())).exit_code == 0);

  // Run it against a stand-in neo4j-admin that prints its arguments: the
  // paths must arrive whole and absolute.
  write_file(dir / "bin" / "neo4j-admin", "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
  fs::permissions(dir / "bin" / "neo4j-admin", fs::perms::owner_all);
  CommandResult run = run_command("PATH=" + shell_quote((dir / "bin").string()) + ":$PATH " +
                                  shell_quote(script.string()) + " newsdb");
  INFO(run.out);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("[--nodes=" + (dir / "neo4j" / "nodes_person.csv").string() + "]") !=
        std::string::npos);
  CHECK(run.out.find("[--array-delimiter=;]") != std::string::npos);
  CHECK(run.out.find("[--quote=\"]") != std::string::npos);
  CHECK(run.out.find("[newsdb]\n") != std::string::npos);
}

TEST_CASE("robustness: hostile names survive neo4j csv", "[export][csv][hostile]") {
  KnowledgeGraph kg = hostile_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  check_against_graph(kg, dir / "neo4j");
  // Scalar fields keep every character, ';' and control characters included.
  CsvTable rels = read_csv_strict(read_file(dir / "neo4j" / "relationships.csv"));
  std::set<std::string> roles;
  for (size_t r = 1; r < rels.size(); ++r) roles.insert(rels[r][column(rels, "role")]);
  for (const std::string& s : hostile_strings()) CHECK(roles.count(s));
}

}  // namespace newsgraph::testing
