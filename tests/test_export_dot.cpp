// graph.dot: rendered by Graphviz (dot -Tsvg), which must print nothing on
// stderr, and the SVG read back with libxml2.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>

#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

struct Svg {
  std::vector<std::string> node_titles;
  std::vector<std::string> node_labels;  // the <text> lines of each node joined by '\n'
  size_t edges = 0;
  std::vector<std::string> edge_tooltips;  // xlink:title of each edge's link
};

bool element(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string content(xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  std::string out = reinterpret_cast<const char*>(text);
  xmlFree(text);
  return out;
}

void collect(xmlNode* node, std::vector<std::string>& texts) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (element(child, "text")) {
      // Graphviz writes runs of spaces as no-break spaces (U+00A0) in SVG.
      std::string text = content(child), plain;
      for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
          plain += ' ';
          ++i;
        } else {
          plain += text[i];
        }
      }
      texts.push_back(plain);
    } else if (child->type == XML_ELEMENT_NODE) collect(child, texts);
  }
}

// The first xlink:title below node (Graphviz wraps a tooltip in <a>).
std::string link_title(xmlNode* node) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (element(child, "a")) {
      xmlChar* title = xmlGetNsProp(child, reinterpret_cast<const xmlChar*>("title"),
                                    reinterpret_cast<const xmlChar*>("http://www.w3.org/1999/xlink"));
      std::string out = title ? reinterpret_cast<const char*>(title) : "";
      xmlFree(title);
      if (!out.empty()) return out;
    }
    std::string inner = link_title(child);
    if (!inner.empty()) return inner;
  }
  return "";
}

void walk(xmlNode* node, Svg& svg) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (!element(child, "g")) continue;
    xmlChar* klass = xmlGetProp(child, reinterpret_cast<const xmlChar*>("class"));
    std::string kind = klass ? reinterpret_cast<const char*>(klass) : "";
    xmlFree(klass);
    if (kind == "node") {
      std::vector<std::string> texts;
      collect(child, texts);
      std::string label;
      for (size_t k = 0; k < texts.size(); ++k) label += (k ? "\n" : "") + texts[k];
      for (xmlNode* t = child->children; t; t = t->next)
        if (element(t, "title")) svg.node_titles.push_back(content(t));
      svg.node_labels.push_back(label);
    } else if (kind == "edge") {
      ++svg.edges;
      svg.edge_tooltips.push_back(link_title(child));
    } else {
      walk(child, svg);
    }
  }
}

// Renders with `dot -Tsvg`; fails the test on any output on stderr.
Svg render(const std::string& dot_source) {
  TempDir dir;
  write_file(dir / "graph.dot", dot_source);
  CommandResult run = run_command("dot -Tsvg -o " + shell_quote((dir / "graph.svg").string()) +
                                  " " + shell_quote((dir / "graph.dot").string()));
  INFO("dot said: " << run.out);
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.out.empty());  // no error, no warning
  std::string svg_text = read_file(dir / "graph.svg");
  xmlDoc* doc = xmlReadMemory(svg_text.data(), static_cast<int>(svg_text.size()), "graph.svg",
                              "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  REQUIRE(doc);
  Svg svg;
  walk(xmlDocGetRootElement(doc), svg);
  xmlFreeDoc(doc);
  return svg;
}

// A label as Graphviz draws it: line breaks kept, CR and other control
// characters dropped (escape::dot_string removes them).
std::string drawn(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      ++i;  // C1 control
      continue;
    }
    if (c >= 0x20 || c == '\n') out += text[i];
  }
  return out;
}

}  // namespace

TEST_CASE("dot export renders with Graphviz without warnings", "[export][dot]") {
  if (run_command("command -v dot").exit_code != 0) {
    FAIL("Graphviz is not installed: run scripts/setup.sh --test");
  }
  KnowledgeGraph kg = realistic_graph();
  std::string text = dot_text(kg);
  Svg svg = render(text);
  // Four legend nodes, the edge-type table, then the graph's nodes in order.
  REQUIRE(svg.node_titles.size() == kg.node_count() + 5);
  CHECK(svg.node_titles[0] == "legend:person");
  const Graph& g = kg.graph();
  size_t k = 5;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(svg.node_titles[k] == g[v].id);
    CHECK(svg.node_labels[k] == g[v].name);
    ++k;
  }
  CHECK(svg.edges == exported_edges(kg).size());
  // Shapes, colours, legend and sfdp-friendly attributes.
  CHECK(text.find("subgraph cluster_legend") != std::string::npos);
  CHECK(text.find("overlap=prism") != std::string::npos);
  CHECK(text.find("outputorder=edgesfirst") != std::string::npos);
  CHECK(
      text.find(
          "\"person:mara-kessel\" [label=\"Mara Kessel\", shape=ellipse, fillcolor=\"#FFD966\"") !=
      std::string::npos);
  CHECK(text.find("\"place:port-aster\" [label=\"Port Aster\", shape=house") != std::string::npos);
  // The edge stated three times is heavier and wider; its tooltip says how
  // often, in how many documents and when, its event codes and its evidence.
  CHECK(
      text.find("\"group:northern-valdor-front\" -> \"place:port-aster\" [label=\"attacks\", "
                "color=\"#D73027\", fontcolor=\"#D73027\", penwidth=2.58, weight=3, "
                "tooltip=\"attacks: 3 mentions in 2 documents, 2023-03-05 to 2023-03-06\\n"
                "PLOVER ASSAULT, CAMEO 190, quad class 4\\n"
                "Fighters of the NVF shelled Port Aster overnight, residents said.\"]") !=
      std::string::npos);
  // The SVG carries the tooltips as link titles, with the line breaks and
  // CAMEO's leading zero.
  REQUIRE(svg.edge_tooltips.size() == svg.edges);
  auto tooltip_with = [&](const std::string& start) {
    for (const std::string& tip : svg.edge_tooltips)
      if (tip.rfind(start, 0) == 0) return tip;
    return std::string();
  };
  CHECK(tooltip_with("negotiates-with:") ==
        "negotiates-with: 1 mention in 1 document, 2023-03-02\n"
        "PLOVER CONSULT, CAMEO 046, quad class 1\n"
        "UN envoy Mara Kessel said talks between the Valdorian government and the Northern "
        "Valdor Front would resume in Port Aster next week.");
  // A state relation has no event codes.
  CHECK(tooltip_with("member-of:").find("CAMEO") == std::string::npos);
  CHECK(tooltip_with("member-of:").rfind("member-of: 1 mention in 1 document, 2023-03-02\n", 0) ==
        0);
  CHECK(text.find("dir=none") != std::string::npos);           // negotiates-with is symmetric
  CHECK(text.find("besieges\", color") == std::string::npos);  // hedged edge left out
}

TEST_CASE("dot export lays out with sfdp", "[export][dot]") {
  if (run_command("command -v sfdp").exit_code != 0) {
    WARN("sfdp absent; skipped");
    return;
  }
  TempDir dir;
  write_file(dir / "graph.dot", dot_text(chain_graph(300)));  // straight edges: fast
  CommandResult run =
      run_command("sfdp -Tsvg -o /dev/null " + shell_quote((dir / "graph.dot").string()));
  INFO(run.out);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
}

TEST_CASE("robustness: hostile names survive dot", "[export][dot][hostile]") {
  if (run_command("command -v dot").exit_code != 0) {
    FAIL("Graphviz is not installed: run scripts/setup.sh --test");
  }
  KnowledgeGraph kg = hostile_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  Svg svg = render(read_file(dir / "graph.dot"));
  REQUIRE(svg.node_labels.size() == kg.node_count() + 5);
  CHECK(svg.edges == kg.edge_count());
  const Graph& g = kg.graph();
  size_t k = 5;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(svg.node_labels[k] == drawn(g[v].name));
    ++k;
  }
}

}  // namespace newsgraph::testing
