// newsgraph explain: the evidence behind an edge or a node of graph.json.
#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "extract/text/name_key.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kHelp = R"(Usage: newsgraph explain GRAPH.json (--edge ID | --node NAME) [--color WHEN]

Prints the sentences that state an edge, with the trigger and both arguments
marked, or a node's names (with the documents each came from) and every edge
that touches it with its evidence. This is how to check an edge before citing it.

Options:
  --edge ID        an edge id from graph.json ("person:x|member-of|organization:y")
  --node NAME      a node by name or alias (case, accents and punctuation ignored)
  --color WHEN     auto (default: on a terminal), always, never
  -h, --help       this help

In the sentences, {{source}}, **trigger** and [[target]] are marked (in colour
on a terminal).

Exit codes: 0 found; 1 no such edge or node; 2 usage error or unreadable file.

Example:
  newsgraph explain out/graph.json --node "Jane Roe"
)";

struct Marks {
  bool color;
  std::string open(char which) const {
    if (color) return which == 's' ? "\033[1;34m" : which == 't' ? "\033[1;31m" : "\033[1;32m";
    return which == 's' ? "{{" : which == 't' ? "**" : "[[";
  }
  std::string close(char which) const {
    if (color) return "\033[0m";
    return which == 's' ? "}}" : which == 't' ? "**" : "]]";
  }
};

unsigned get_uint(const rapidjson::Value& v, const char* key) {
  return v.HasMember(key) && v[key].IsUint() ? v[key].GetUint() : 0;
}

std::string get_string(const rapidjson::Value& v, const char* key) {
  return v.HasMember(key) && v[key].IsString() ? std::string(v[key].GetString(), v[key].GetStringLength())
                                               : std::string();
}

// The sentence with the three spans marked; offsets are document offsets.
std::string marked_sentence(const rapidjson::Value& ev, const Marks& marks) {
  std::string sentence = get_string(ev, "sentence");
  unsigned base = get_uint(ev, "sentence_start");
  struct Mark {
    unsigned begin, end;
    char which;
  };
  std::vector<Mark> spans = {{get_uint(ev, "source_start"), get_uint(ev, "source_end"), 's'},
                             {get_uint(ev, "trigger_start"), get_uint(ev, "trigger_end"), 't'},
                             {get_uint(ev, "target_start"), get_uint(ev, "target_end"), 'g'}};
  std::vector<std::pair<size_t, std::string>> inserts;
  for (const Mark& m : spans) {
    if (m.end <= m.begin || m.begin < base || m.end - base > sentence.size()) continue;
    inserts.emplace_back(m.begin - base, marks.open(m.which));
    inserts.emplace_back(m.end - base, marks.close(m.which));
  }
  // Insert from the back so earlier offsets stay valid; closes before opens.
  std::stable_sort(inserts.begin(), inserts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [pos, text] : inserts) sentence.insert(pos, text);
  return sentence;
}

void print_edge(const rapidjson::Value& edge, const std::map<std::string, std::string>& names,
                const Marks& marks) {
  auto name_of = [&](const std::string& id) {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
  };
  std::string flags;
  if (edge.HasMember("negated") && edge["negated"].IsBool() && edge["negated"].GetBool()) flags += " negated";
  if (edge.HasMember("hedged") && edge["hedged"].IsBool() && edge["hedged"].GetBool()) flags += " hedged";
  std::printf("%s -[%s]-> %s\n", name_of(get_string(edge, "source")).c_str(),
              get_string(edge, "type").c_str(), name_of(get_string(edge, "target")).c_str());
  double confidence = edge.HasMember("confidence") && edge["confidence"].IsNumber() ? edge["confidence"].GetDouble() : 0;
  std::printf("  id %s; %u mention(s), confidence %.2f%s%s\n", get_string(edge, "id").c_str(),
              get_uint(edge, "mention_count"), confidence,
              get_string(edge, "role").empty() ? "" : (", role " + get_string(edge, "role")).c_str(),
              flags.c_str());
  if (!edge.HasMember("evidence") || !edge["evidence"].IsArray()) return;
  for (const auto& ev : edge["evidence"].GetArray()) {
    std::printf("  - %s (rule %s)\n    %s\n", get_string(ev, "document").c_str(),
                get_string(ev, "rule").c_str(), marked_sentence(ev, marks).c_str());
  }
}

}  // namespace

int run_explain(int argc, char** argv) {
  Options options(argc, argv);
  if (options.flag("-h", "--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  auto edge_id = options.value("", "--edge");
  auto node_name = options.value("", "--node");
  std::string color = options.value("", "--color").value_or("auto");
  auto paths = options.positional();
  if (auto error = options.error()) {
    std::fprintf(stderr, "newsgraph explain: %s\n\n%s", error->c_str(), kHelp);
    return 2;
  }
  if (paths.size() != 1 || (!edge_id && !node_name) || (edge_id && node_name) ||
      (color != "auto" && color != "always" && color != "never")) {
    std::fprintf(stderr, "newsgraph explain: give one GRAPH.json and --edge ID or --node NAME\n\n%s", kHelp);
    return 2;
  }
  std::ifstream in(paths[0], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "newsgraph explain: %s: cannot read\n", paths[0].c_str());
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("nodes") || !doc["nodes"].IsArray() ||
      !doc.HasMember("edges") || !doc["edges"].IsArray()) {
    std::fprintf(stderr, "newsgraph explain: %s: not a newsgraph graph.json\n", paths[0].c_str());
    return 2;
  }
  Marks marks{color == "always" || (color == "auto" && ::isatty(STDOUT_FILENO))};
  std::map<std::string, std::string> names;
  for (const auto& n : doc["nodes"].GetArray()) names[get_string(n, "id")] = get_string(n, "name");

  if (edge_id) {
    for (const auto& e : doc["edges"].GetArray()) {
      if (get_string(e, "id") != *edge_id) continue;
      print_edge(e, names, marks);
      return 0;
    }
    std::fprintf(stderr, "newsgraph explain: no edge with id '%s' in %s\n", edge_id->c_str(), paths[0].c_str());
    return 1;
  }

  std::string key = name_key(*node_name);
  int found = 0;
  for (const auto& n : doc["nodes"].GetArray()) {
    bool match = name_key(get_string(n, "name")) == key;
    if (!match && n.HasMember("aliases") && n["aliases"].IsArray())
      for (const auto& a : n["aliases"].GetArray())
        match = match || (a.IsString() && name_key(a.GetString()) == key);
    if (!match) continue;
    ++found;
    std::string id = get_string(n, "id");
    std::printf("%s (%s%s), id %s, %u mention(s)\n", get_string(n, "name").c_str(),
                get_string(n, "type").c_str(),
                get_string(n, "kind").empty() ? "" : (", " + get_string(n, "kind")).c_str(), id.c_str(),
                get_uint(n, "mention_count"));
    if (n.HasMember("alias_sources") && n["alias_sources"].IsArray()) {
      for (const auto& a : n["alias_sources"].GetArray()) {
        std::string docs;
        if (a.HasMember("documents") && a["documents"].IsArray())
          for (const auto& d : a["documents"].GetArray()) docs += (docs.empty() ? "" : ", ") + std::string(d.GetString());
        std::printf("  as \"%s\" in %s\n", get_string(a, "alias").c_str(), docs.c_str());
      }
    }
    for (const auto& e : doc["edges"].GetArray()) {
      if (get_string(e, "source") != id && get_string(e, "target") != id) continue;
      std::printf("\n");
      print_edge(e, names, marks);
    }
  }
  if (!found) {
    std::fprintf(stderr, "newsgraph explain: no node named '%s' in %s\n", node_name->c_str(), paths[0].c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli
