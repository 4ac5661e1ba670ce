// The first-pass extraction on sentences written for these tests: entity
// typing from lexicons and cues, within-document resolution, and relations.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include "extract/clean/input.h"
#include "extract/pipeline.h"

#include "tests/test_support.h"

using namespace newsgraph;

namespace {

Document run(const std::string& text) { return testing::annotate_text(text); }

const DocEntity* entity(const Document& d, const std::string& name) {
  return testing::find_entity(d, name);
}

// The type of the entity with this name; nullopt when there is none.
std::optional<NodeType> type_of(const Document& d, const std::string& name) {
  const DocEntity* e = entity(d, name);
  return e ? std::optional<NodeType>(e->type) : std::nullopt;
}

bool has_relation(const Document& d, const std::string& source, EdgeType type,
                  const std::string& target) {
  return std::any_of(d.relations.begin(), d.relations.end(), [&](const Relation& r) {
    return r.type == type && d.entities[r.source].name == source &&
           d.entities[r.target].name == target;
  });
}

}  // namespace

TEST_CASE("entities: countries, demonym agents and the actor lexicon", "[extract]") {
  Document d = run(
      "Fighting continued in Marisk, a town in northern Syria, on Sunday.\n"
      "Iranian warplanes struck the outskirts while rebels held the bridge.\n"
      "Syrian rebels said they would not withdraw.\n");
  const DocEntity* iran = entity(d, "Iran");
  REQUIRE(iran);  // "Iranian warplanes" is Iran acting
  CHECK(iran->type == NodeType::Place);
  const DocEntity* syrian = entity(d, "Syrian rebels");
  REQUIRE(syrian);
  CHECK(syrian->type == NodeType::Group);
  const DocEntity* marisk = entity(d, "Marisk");
  REQUIRE(marisk);
  CHECK(marisk->type == NodeType::Place);
}

TEST_CASE("entities: titles, roles and head words type names", "[extract]") {
  Document d = run(
      "Mr Oskar Brannovic met envoy Lena Vos in Vienna.\n"
      "The Northern Liberation Front said the Valdorian Monitor for Human Rights had counted the dead.\n");
  const DocEntity* oskar = entity(d, "Oskar Brannovic");
  REQUIRE(oskar);
  CHECK(oskar->type == NodeType::Person);
  REQUIRE(entity(d, "Lena Vos"));
  CHECK(entity(d, "Lena Vos")->type == NodeType::Person);
  REQUIRE(entity(d, "Northern Liberation Front"));
  CHECK(entity(d, "Northern Liberation Front")->type == NodeType::Group);
  REQUIRE(entity(d, "Valdorian Monitor for Human Rights"));
  CHECK(entity(d, "Valdorian Monitor for Human Rights")->type == NodeType::Organization);
  REQUIRE(entity(d, "Vienna"));
}

TEST_CASE("entities: the name after a role's field ('Commissioner for Human Rights X') is its holder", "[extract]") {
  Document d = run(
      "U.N. High Commissioner for Human Rights Tamsin Orlo Vale condemned the shelling.\n"
      "Minister of Foreign Affairs Jorik Hald flew to Vienna.\n"
      "The Commissioner for Refugees met the delegation.\n");
  CHECK(type_of(d, "Tamsin Orlo Vale") == NodeType::Person);
  CHECK(type_of(d, "Jorik Hald") == NodeType::Person);
  // The field words themselves are no name, and neither is a field with no
  // name after it.
  CHECK_FALSE(entity(d, "Human Rights Tamsin Orlo Vale"));
  CHECK_FALSE(entity(d, "Foreign Affairs Jorik Hald"));
  CHECK_FALSE(entity(d, "Refugees"));
}

TEST_CASE("resolve: surnames, acronyms in parentheses and 'known as'", "[extract][resolve]") {
  Document d = run(
      "Commander Ilyas Kadrovic of the Northern Liberation Front (NLF) spoke on Monday.\n"
      "Kadrovic said the NLF would fight on.\n"
      "The opposition bloc, known as the Coalition for a Free Valdoria, rejected the plan.\n");
  const DocEntity* kadrovic = entity(d, "Ilyas Kadrovic");
  REQUIRE(kadrovic);
  CHECK(kadrovic->mention_count == 2);
  const DocEntity* nlf = entity(d, "Northern Liberation Front");
  REQUIRE(nlf);
  CHECK(testing::has_alias(*nlf, "NLF"));
  CHECK(entity(d, "NLF") == nullptr);
}

TEST_CASE("resolve: a dateline's news agency is no acronym of the place", "[extract][resolve]") {
  Document d = run(
      "PORT ELLIS (WNS) - Rebels of the Tarvik Defence Force (TDF) shelled the port on Monday.\n"
      "Later, in Ellisville, Ore. (WNS), the TDF denied it.\n");
  const DocEntity* tdf = entity(d, "Tarvik Defence Force");
  REQUIRE(tdf);
  CHECK(testing::has_alias(*tdf, "TDF"));
  for (const char* place : {"PORT ELLIS", "Ore."})
    if (const DocEntity* p = entity(d, place)) {
      INFO(place);
      CHECK_FALSE(testing::has_alias(*p, "WNS"));
    }
}

TEST_CASE("relations: active, passive, modifier and apposition", "[extract][relations]") {
  Document d = run(
      "Syrian government forces besieged Marisk in northern Syria in January.\n"
      "The town of Brodek has been blockaded by the Northern Liberation Front since March.\n"
      "The Iranian-backed Northern Liberation Front rejected the talks.\n"
      "UN envoy Lena Vos urged Iran to stop the shelling.\n"
      "The UK-based Valdorian Monitor for Human Rights reported the clashes.\n");
  CHECK(has_relation(d, "Syrian government forces", EdgeType::Besieges, "Marisk"));
  CHECK(has_relation(d, "Northern Liberation Front", EdgeType::Besieges, "Brodek"));
  CHECK(has_relation(d, "Iran", EdgeType::Backs, "Northern Liberation Front"));
  CHECK(has_relation(d, "Lena Vos", EdgeType::MemberOf, "United Nations"));
  CHECK(has_relation(d, "Lena Vos", EdgeType::CallsOn, "Iran"));
  CHECK(has_relation(d, "Valdorian Monitor for Human Rights", EdgeType::BasedIn, "United Kingdom"));
  // Nothing the text does not say.
  CHECK_FALSE(has_relation(d, "Marisk", EdgeType::Besieges, "Valdorian government forces"));
}

TEST_CASE("relations: negation is marked on the edge", "[extract][relations]") {
  Document d = run("The Northern Liberation Front did not attack the town of Marisk on Tuesday.\n");
  auto it = std::find_if(d.relations.begin(), d.relations.end(),
                         [](const Relation& r) { return r.type == EdgeType::Attacks; });
  REQUIRE(it != d.relations.end());
  CHECK(it->negated);
}

TEST_CASE("relations: evidence offsets point into the text", "[extract][relations]") {
  Document d = run("Government forces besieged Marisk.\n");
  REQUIRE_FALSE(d.relations.empty());
  const Relation& r = d.relations.front();
  CHECK(d.slice(r.trigger) == "besieged");
  CHECK(d.slice(r.target_span) == "Marisk");
  CHECK(d.slice(r.source_span) == "Government forces");
}
