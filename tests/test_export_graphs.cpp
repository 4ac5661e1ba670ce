#include "tests/test_export_graphs.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "export/atomic_file.h"
#include "extract/text/unicode.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

// One sentence of a document starting at byte `at`, with the spans of the
// three words found in it (first occurrence).
Evidence evidence(const std::string& document, uint32_t at, const std::string& sentence,
                  const std::string& trigger, const std::string& source, const std::string& target,
                  const std::string& rule, double confidence) {
  auto span_of = [&](const std::string& word) {
    size_t pos = sentence.find(word);
    if (pos == std::string::npos) throw std::logic_error("fixture: '" + word + "' not in sentence");
    return Span{static_cast<uint32_t>(at + pos), static_cast<uint32_t>(at + pos + word.size())};
  };
  Evidence ev;
  ev.document = document;
  ev.sentence = sentence;
  ev.sentence_span = {at, static_cast<uint32_t>(at + sentence.size())};
  ev.trigger = span_of(trigger);
  ev.source = span_of(source);
  ev.target = span_of(target);
  ev.rule = rule;
  ev.confidence = confidence;
  return ev;
}

void add_alias(KnowledgeGraph& graph, NodeHandle node, const std::string& alias,
               const std::string& document) {
  graph.graph()[node].alias_sources.push_back({alias, {document}});
}

}  // namespace

KnowledgeGraph realistic_graph() {
  KnowledgeGraph kg;
  const std::string d1 = "001_valdoria_talks.txt", d2 = "002_port_aster_shelling.txt",
                    d3 = "003_monitor_report.txt", d4 = "004_envoy_appeal.txt",
                    d5 = "005_siege_rumours.txt";
  kg.add_document_info({d1, "pages/001_valdoria_talks.html",
                        "Valdoria talks to resume in Port Aster", "2023-03-02", "Staff reporter",
                        "https://news.example/valdoria-talks"});
  kg.add_document_info({d2, "pages/002_port_aster_shelling.html", "Shelling hits Port Aster",
                        "2023-03-05", "", "https://news.example/port-aster"});
  kg.add_document_info(
      {d3, "pages/003_monitor_report.txt", "Monitor counts casualties", "2023-03-06", "", ""});
  kg.add_document_info({d4, "pages/004_envoy_appeal.html", "Envoy urges restraint", "2023-03-09",
                        "Desk editor", "https://news.example/envoy"});
  kg.add_document_info({d5, "pages/005_siege_rumours.html", "Siege fears grow", "", "", ""});

  NodeHandle kessel = kg.add_node(NodeType::Person, "Mara Kessel", "", d1);
  add_alias(kg, kessel, "Kessel", d4);
  kg.add_node(NodeType::Person, "Mara Kessel", "", d4);
  NodeHandle un = kg.add_node(NodeType::Organization, "United Nations", "intergovernmental", d1);
  add_alias(kg, un, "UN", d1);
  add_alias(kg, un, "U.N.", d4);
  NodeHandle front = kg.add_node(NodeType::Group, "Northern Valdor Front", "armed-group", d1);
  add_alias(kg, front, "NVF", d2);
  kg.add_node(NodeType::Group, "Northern Valdor Front", "", d2);
  NodeHandle government =
      kg.add_node(NodeType::Organization, "Valdorian government", "government", d1);
  NodeHandle valdoria = kg.add_node(NodeType::Place, "Valdoria", "country", d1);
  NodeHandle aster = kg.add_node(NodeType::Place, "Port Aster", "city", d1);
  kg.add_node(NodeType::Place, "Port Aster", "city", d2);
  NodeHandle monitor =
      kg.add_node(NodeType::Organization, "Ilsen Monitor for Human Rights", "monitor", d3);
  NodeHandle brenland = kg.add_node(NodeType::Place, "Brenland", "country", d3);
  NodeHandle coalition = kg.add_node(NodeType::Group, "Coastal Defence Committees", "militia", d5);
  for (NodeHandle n :
       {kessel, un, front, government, valdoria, aster, monitor, brenland, coalition})
    kg.graph()[n].mention_count = 2;

  const std::string s1 =
      "UN envoy Mara Kessel said talks between the Valdorian government and the "
      "Northern Valdor Front would resume in Port Aster next week.";
  kg.add_edge(kessel, un, EdgeType::MemberOf,
              evidence(d1, 0, s1, "envoy", "Mara Kessel", "UN", "appositive-title", 0.9),
              "2023-03-02", "envoy", false, false);
  kg.add_edge(government, front, EdgeType::NegotiatesWith,
              evidence(d1, 0, s1, "talks", "Valdorian government", "Northern Valdor Front",
                       "talks-between", 0.8),
              "2023-03-02", "", false, false);
  const std::string s1b = "The talks are brokered by the United Nations.";
  kg.add_edge(un, front, EdgeType::Mediates,
              evidence(d1, 130, s1b, "brokered", "United Nations", "talks", "brokered-by", 0.7),
              "2023-03-02", "", false, false);
  kg.add_edge(aster, valdoria, EdgeType::LocatedIn,
              evidence(d1, 180, "Port Aster, the largest port of Valdoria, has been quiet.", "of",
                       "Port Aster", "Valdoria", "place-of-place", 0.6),
              "2023-03-02", "", false, false);

  const std::string s2 = "Fighters of the NVF shelled Port Aster overnight, residents said.";
  kg.add_edge(front, aster, EdgeType::Attacks,
              evidence(d2, 0, s2, "shelled", "NVF", "Port Aster", "subject-verb-object", 0.85),
              "2023-03-05", "", false, false);
  const std::string s2b =
      "It was the second attack on Port Aster by the Northern Valdor Front this month.";
  kg.add_edge(
      front, aster, EdgeType::Attacks,
      evidence(d2, 70, s2b, "attack", "Northern Valdor Front", "Port Aster", "attack-on-by", 0.75),
      "2023-03-05", "", false, false);

  const std::string s3 = "The Brenland-based Ilsen Monitor for Human Rights counted twelve dead.";
  kg.add_edge(monitor, brenland, EdgeType::BasedIn,
              evidence(d3, 0, s3, "based", "Ilsen Monitor for Human Rights", "Brenland",
                       "place-based", 0.95),
              "2023-03-06", "", false, false);
  kg.add_edge(front, aster, EdgeType::Attacks,
              evidence(d3, 72, "The monitor blamed the NVF for the strikes on Port Aster.",
                       "strikes", "NVF", "Port Aster", "strikes-on", 0.65),
              "2023-03-06", "", false, false);

  const std::string s4 = "Kessel urged the Valdorian government to allow aid into Port Aster.";
  kg.add_edge(kessel, government, EdgeType::CallsOn,
              evidence(d4, 0, s4, "urged", "Kessel", "Valdorian government", "urge-object", 0.8),
              "2023-03-09", "", false, false);

  // Stated only as a possibility, and only as a denial: neither is a fact.
  kg.add_edge(government, aster, EdgeType::Besieges,
              evidence(d5, 0, "Residents fear the government may besiege Port Aster.", "besiege",
                       "government", "Port Aster", "subject-verb-object", 0.5),
              "", "", false, true);
  kg.add_edge(coalition, front, EdgeType::Backs,
              evidence(d5, 60, "The Coastal Defence Committees denied that they back the front.",
                       "back", "Coastal Defence Committees", "front", "subject-verb-object", 0.5),
              "", "", true, false);
  kg.finalize();
  return kg;
}

const std::vector<std::string>& hostile_strings() {
  static const std::vector<std::string> strings = {
      "'}) DETACH DELETE n //",
      "\"}) DETACH DELETE n // \"",
      "\"",
      "\\",
      "back\\slash \\\\ twice, \\u0041 and \\n as text",
      "line one\nline two\r\nline three",
      "]]> --> <!-- <b>bold</b> & &amp; <![CDATA[x]]>",
      ";semi;;colon;",
      "${x} $x {x} {{x}} %s %n",
      "ctrl\x01 and esc\x1B[31m red",
      "rtl \u202E desrever \u200F mark",
      "emoji \xF0\x9F\x95\x8A\xEF\xB8\x8F \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
      "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB3",
      "comma, \"quoted\", tab\there",
      "  spaces around  ",
      "Z\xC3\xBCrich \xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1 "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
  };
  return strings;
}

KnowledgeGraph hostile_graph() {
  const auto& hostile = hostile_strings();
  const size_t n = hostile.size();
  KnowledgeGraph kg;
  std::vector<std::string> documents;
  for (size_t k = 0; k < n; ++k) {
    documents.push_back(fmt::format("doc{:02} {}", k, hostile[k]));
    kg.add_document_info({documents[k], hostile[k], hostile[(k + 1) % n],
                          "2024-01-0" + std::to_string(1 + k % 9), hostile[(k + 2) % n],
                          hostile[(k + 3) % n]});
  }
  // Distinct first and last words keep finalize() from merging or renaming
  // nodes (several strings have no letters at all); aliases start with a
  // lower-case word so the name stays the canonical one.
  const char* const words[] = {"Alpha", "Bravo",    "Charlie", "Delta",   "Echo", "Foxtrot",
                               "Golf",  "Hotel",    "India",   "Juliett", "Kilo", "Lima",
                               "Mike",  "November", "Oscar",   "Papa"};
  REQUIRE(n <= std::size(words));
  std::vector<NodeHandle> nodes;
  std::vector<std::string> names;
  for (size_t k = 0; k < n; ++k) {
    NodeType type = kNodeTypes[k % kNodeTypes.size()];
    names.push_back(fmt::format("{0} {1} {0}", words[k], hostile[k]));
    NodeHandle node = kg.add_node(type, names[k], hostile[(k + 4) % n], documents[k]);
    add_alias(kg, node, fmt::format("aka {} {}", words[k], hostile[(k + 1) % n]),
              documents[(k + 1) % n]);
    add_alias(kg, node, fmt::format("also {} {}", words[k], hostile[(k + 5) % n]), documents[k]);
    kg.graph()[node].mention_count = static_cast<int>(k + 1);
    nodes.push_back(node);
  }
  const EdgeType types[] = {EdgeType::Backs,      EdgeType::Attacks,   EdgeType::MemberOf,
                            EdgeType::Criticizes, EdgeType::Threatens, EdgeType::CallsOn};
  for (size_t k = 0; k < n; ++k) {
    Evidence ev;
    ev.document = documents[k];
    ev.sentence = hostile[k];
    ev.sentence_span = {static_cast<uint32_t>(10 * k),
                        static_cast<uint32_t>(10 * k + hostile[k].size())};
    ev.trigger = {static_cast<uint32_t>(10 * k), static_cast<uint32_t>(10 * k + 1)};
    ev.rule = hostile[(k + 2) % n];
    ev.confidence = 0.5 + 0.03 * static_cast<double>(k);
    kg.add_edge(nodes[k], nodes[(k + 1) % n], types[k % std::size(types)], ev, "2024-01-02",
                hostile[(k + 3) % n], false, false);
    ev.sentence = hostile[(k + 6) % n];
    ev.document = documents[(k + 1) % n];
    kg.add_edge(nodes[k], nodes[(k + 1) % n], types[k % std::size(types)], ev, "2024-01-05",
                hostile[(k + 3) % n], false, false);
  }
  kg.finalize();
  // The tests compare values with the graph's; make sure they are the hostile ones.
  REQUIRE(kg.node_count() == n);
  std::vector<std::string> finalized;
  for (auto v : boost::make_iterator_range(boost::vertices(kg.graph())))
    finalized.push_back(kg.graph()[v].name);
  std::sort(finalized.begin(), finalized.end());
  std::sort(names.begin(), names.end());
  REQUIRE(finalized == names);
  // Ids are slugs, so a hostile id can only be set by hand; exporters must
  // still quote it everywhere (it is how edges find their ends).
  kg.graph()[0].id = "person:odd \"id\", with ;semi\\colon\nand 'quote'";
  return kg;
}

KnowledgeGraph chain_graph(int count) {
  KnowledgeGraph kg;
  kg.add_document_info({"chain.txt", "chain.txt", "Villages", "2022-05-01", "", ""});
  std::vector<NodeHandle> nodes;
  for (int k = 0; k < count; ++k)
    nodes.push_back(
        kg.add_node(NodeType::Place, fmt::format("Village {}", k), "village", "chain.txt"));
  for (int k = 0; k + 1 < count; ++k) {
    Evidence ev;
    ev.document = "chain.txt";
    ev.sentence = fmt::format("Village {} lies near Village {}.", k, k + 1);
    ev.confidence = 0.5;
    ev.rule = "chain";
    kg.add_edge(nodes[k], nodes[k + 1], EdgeType::LocatedIn, ev, "2022-05-01", "", false, false);
  }
  kg.finalize();
  return kg;
}

void write_all_formats(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                       const ExportOptions& options) {
  std::filesystem::create_directories(dir);
  write_file_atomically(dir / "graph.json",
                        [&](std::ostream& o) { write_json(graph, o, options); });
  write_file_atomically(dir / "graph.graphml",
                        [&](std::ostream& o) { write_graphml(graph, o, options); });
  write_file_atomically(dir / "graph.cypher",
                        [&](std::ostream& o) { write_cypher(graph, o, options); });
  write_file_atomically(dir / "graph.dot", [&](std::ostream& o) { write_dot(graph, o, options); });
  write_neo4j_csv(graph, dir / "neo4j", options);
}

std::string json_text(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::ostringstream out;
  write_json(graph, out, options);
  return out.str();
}
std::string graphml_text(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::ostringstream out;
  write_graphml(graph, out, options);
  return out.str();
}
std::string cypher_text(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::ostringstream out;
  write_cypher(graph, out, options);
  return out.str();
}
std::string dot_text(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::ostringstream out;
  write_dot(graph, out, options);
  return out.str();
}

std::vector<EdgeHandle> exported_edges(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::vector<EdgeHandle> edges;
  const Graph& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (is_exported(g[e], options)) edges.push_back(e);
  return edges;
}

std::string without_controls(const std::string& text) {
  std::string out;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  return out;
}

std::vector<std::string> without_controls(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& item : items) out.push_back(without_controls(item));
  return out;
}

std::vector<std::string> split_graphml_list(const std::string& joined) {
  std::vector<std::string> items;
  if (joined.empty()) return items;
  std::string item;
  for (size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] == '\\' && i + 1 < joined.size()) item += joined[++i];
    else if (joined[i] == ';') items.push_back(std::exchange(item, ""));
    else item += joined[i];
  }
  items.push_back(item);
  return items;
}

CsvTable read_csv_strict(const std::string& text) {
  CsvTable table;
  size_t i = 0;
  auto fail = [&](const std::string& what) {
    throw std::runtime_error(fmt::format("CSV record {}, byte {}: {}", table.size() + 1, i, what));
  };
  while (i < text.size()) {
    std::vector<std::string> record;
    while (true) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        ++i;
        while (true) {
          if (i >= text.size()) fail("unterminated quoted field");
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
            } else {
              ++i;
              break;
            }
          } else {
            field += text[i++];
          }
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          if (text[i] == '"') fail("quote inside an unquoted field");
          field += text[i++];
        }
      }
      record.push_back(std::move(field));
      if (i >= text.size()) fail("last record does not end with CRLF");
      if (text[i] == ',') {
        ++i;
        continue;
      }
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        i += 2;
        break;
      }
      fail("expected ',' or CRLF after a field");
    }
    if (!table.empty() && record.size() != table.front().size())
      fail(fmt::format("{} fields, header has {}", record.size(), table.front().size()));
    table.push_back(std::move(record));
  }
  return table;
}

CypherLiterals read_cypher_literals(const std::string& script) {
  CypherLiterals result;
  size_t i = 0;
  auto hex = [&](size_t at, size_t digits) {
    if (at + digits > script.size()) throw std::runtime_error("short \\u escape");
    unsigned value = 0;
    for (size_t k = at; k < at + digits; ++k) {
      char c = script[k];
      int d = (c >= '0' && c <= '9')   ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                       : -1;
      if (d < 0) throw std::runtime_error("bad hex digit in \\u escape");
      value = value * 16 + static_cast<unsigned>(d);
    }
    return value;
  };
  while (i < script.size()) {
    char c = script[i];
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '/') {
      while (i < script.size() && script[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      size_t end = script.find("*/", i + 2);
      if (end == std::string::npos) throw std::runtime_error("unterminated comment");
      i = end + 2;
    } else if (c == '\'' || c == '"') {
      char quote = c;
      std::string value;
      ++i;
      while (true) {
        if (i >= script.size()) throw std::runtime_error("unterminated string literal");
        char d = script[i];
        if (d == quote) {
          ++i;
          break;
        }
        if (d != '\\') {
          value += d;
          ++i;
          continue;
        }
        if (i + 1 >= script.size()) throw std::runtime_error("dangling backslash");
        char e = script[i + 1];
        i += 2;
        switch (e) {
          case '\\': value += '\\'; break;
          case '\'': value += '\''; break;
          case '"': value += '"'; break;
          case 'n': value += '\n'; break;
          case 't': value += '\t'; break;
          case 'r': value += '\r'; break;
          case 'b': value += '\b'; break;
          case 'f': value += '\f'; break;
          case 'u': {
            char32_t cp = hex(i, 4);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              if (script.compare(i, 2, "\\u") != 0) throw std::runtime_error("lone high surrogate");
              char32_t low = hex(i + 2, 4);
              if (low < 0xDC00 || low > 0xDFFF) throw std::runtime_error("bad low surrogate");
              i += 6;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              throw std::runtime_error("lone low surrogate");
            }
            unicode::append_utf8(value, cp);
            break;
          }
          default: throw std::runtime_error(std::string("unknown escape \\") + e);
        }
      }
      result.strings.push_back(std::move(value));
      result.code += "''";
    } else {
      result.code += c;
      ++i;
    }
  }
  return result;
}

LintResult lint_cypher(const std::filesystem::path& file) {
  LintResult result;
  std::filesystem::path dir = source_dir() / "tests" / "cypher";
  if (run_command("command -v node").exit_code != 0) {
    FAIL("Node.js is not installed; the Cypher test needs it: run scripts/setup.sh --test");
    return result;
  }
  if (!std::filesystem::is_directory(dir / "node_modules" / "@neo4j-cypher" / "language-support")) {
    FAIL("Neo4j's Cypher parser is not installed in "
         << (dir / "node_modules").string()
         << ": run scripts/setup.sh --test (it runs npm ci --prefix tests/cypher; CI does this)");
    return result;
  }
  CommandResult run = run_command("node " + shell_quote((dir / "lint.mjs").string()) + " " +
                                  shell_quote(file.string()));
  result.ran = true;
  result.exit_code = run.exit_code;
  result.output = run.out;
  return result;
}

std::string graph_json_errors(const std::string& json) {
  std::string schema_text = read_file(source_dir() / "schemas" / "graph.schema.json");
  rapidjson::Document schema_json;
  schema_json.Parse(schema_text.c_str(), schema_text.size());
  if (schema_json.HasParseError()) return "schemas/graph.schema.json does not parse";
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError()) return fmt::format("JSON parse error at byte {}", doc.GetErrorOffset());
  rapidjson::SchemaDocument schema(schema_json);
  rapidjson::SchemaValidator validator(schema);
  if (doc.Accept(validator)) return "";
  rapidjson::StringBuffer where, rule;
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  return fmt::format("document {} breaks {} ({})", where.GetString(), rule.GetString(),
                     validator.GetInvalidSchemaKeyword());
}

bool have_networkx() { return run_command("/usr/bin/python3 -c 'import networkx'").exit_code == 0; }

}  // namespace newsgraph::testing
