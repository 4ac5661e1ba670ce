// The recognizer's resolution rules, through Pipeline::annotate on texts
// written for these tests: demonym agents ("Iranian warplanes" → Iran),
// metonymy ("Moscow said" → Russia), and the actor lexicon ("the army" →
// "<Country> government forces"; "rebels" with and without an adjective).
// Which country is foreign depends on the document's setting (a country
// named more than in passing), so each rule is tested in a text set
// elsewhere and in a text set in that country.
#include <catch2/catch.hpp>

#include "extract/pipeline.h"
#include "graph/knowledge_graph.h"

#include "tests/test_support.h"

using namespace newsgraph;

namespace {

Document run(const std::string& text, const std::string& id = "t") {
  return testing::annotate_text(text, id);
}

const DocEntity* entity(const Document& d, const std::string& name) {
  return testing::find_entity(d, name);
}

// The text after a first sentence that sets the story in Syria, so that "the
// army" and "rebels" have an owner.
Document in_syria(const std::string& text) {
  return run("Fighting continued in Marisk, a town in northern Syria, on Sunday, Syrian state media said.\n" + text);
}

}  // namespace

TEST_CASE("rules: a foreign demonym before a state actor is that country", "[resolution][rules]") {
  Document d = run(
      "Shelling continued in Marisk, a town in northern Syria, on Sunday.\n"
      "Iranian warplanes struck the outskirts of Marisk, residents said.\n"
      "Russian jets later hit the bridge.\n");
  const DocEntity* iran = entity(d, "Iran");
  REQUIRE(iran);
  CHECK(iran->type == NodeType::Place);
  CHECK(iran->kind == "country");
  REQUIRE(entity(d, "Russia"));
  CHECK_FALSE(entity(d, "Iranian government forces"));
  CHECK_FALSE(entity(d, "Iranian warplanes"));
}

TEST_CASE("rules: the setting's own demonym before a state actor is its government forces",
          "[resolution][rules]") {
  Document d = run(
      "Protests spread across Iran on Friday.\n"
      "Iranian warplanes struck positions near the Iraqi border, Iranian state media said.\n");
  const DocEntity* forces = entity(d, "Iranian government forces");
  REQUIRE(forces);
  CHECK(forces->type == NodeType::Group);
  CHECK(forces->kind == "armed-forces");
}

TEST_CASE("rules: a capital that speaks is its country, or the setting's government",
          "[resolution][rules]") {
  SECTION("a foreign capital: the country") {
    Document d = run(
        "Syrian government forces shelled Marisk in northern Syria on Monday.\n"
        "Moscow said its warplanes had struck militants near Marisk.\n"
        "Washington called the strikes reckless.\n");
    REQUIRE(entity(d, "Russia"));
    CHECK(entity(d, "Russia")->type == NodeType::Place);
    CHECK(entity(d, "United States"));
    CHECK_FALSE(entity(d, "Moscow"));
    CHECK_FALSE(entity(d, "Washington"));
  }
  SECTION("the setting's capital: its government; a place after 'in'") {
    Document d = run(
        "Officials in Damascus said the talks in Geneva would resume on Friday, Syria said.\n"
        "Damascus rejected the plan.\n");
    const DocEntity* government = entity(d, "Syrian government");
    REQUIRE(government);
    CHECK(government->type == NodeType::Organization);
    const DocEntity* city = entity(d, "Damascus");
    REQUIRE(city);  // "in Damascus" is the city
    CHECK(city->type == NodeType::Place);
  }
  SECTION("a list after 'in' is a list of cities") {
    Document d = run(
        "Syrian government forces shelled Marisk in northern Syria on Monday.\n"
        "Envoys had met in Paris, Berlin and Rome before the talks resumed.\n");
    for (const char* city : {"Paris", "Berlin", "Rome"}) {
      INFO(city);
      REQUIRE(entity(d, city));
      CHECK(entity(d, city)->kind != "country");
    }
    CHECK_FALSE(entity(d, "Germany"));
    CHECK_FALSE(entity(d, "Italy"));
  }
}

TEST_CASE("rules: a bare state actor is the setting's government forces", "[resolution][rules]") {
  Document d = run(
      "Fighting broke out near Marisk in northern Syria on Tuesday, Syrian state media said.\n"
      "The army said it had retaken the town, one of the last rebel strongholds in Syria.\n");
  const DocEntity* forces = entity(d, "Syrian government forces");
  REQUIRE(forces);
  CHECK(forces->type == NodeType::Group);
  CHECK_FALSE(entity(d, "army"));
  CHECK_FALSE(entity(d, "The army"));

  Document russia = run(
      "Protesters gathered in Moscow on Saturday, Russian media reported.\n"
      "The army was deployed in the capital.\n");
  CHECK(entity(russia, "Russian government forces"));
  CHECK(entity(russia, "Moscow"));  // "in Moscow": the city
}

TEST_CASE("rules: rebels with and without the adjective are one actor", "[resolution][rules]") {
  Document d = run(
      "Fighting continued in Marisk, a town in northern Syria, on Sunday.\n"
      "Syrian rebels held the bridge.\n"
      "Later the rebels withdrew, and Syrian troops advanced.\n");
  const DocEntity* rebels = entity(d, "Syrian rebels");
  REQUIRE(rebels);
  CHECK(rebels->type == NodeType::Group);
  CHECK(rebels->mention_count == 2);
  CHECK(entity(d, "Syrian government forces"));
  CHECK_FALSE(entity(d, "rebels"));
}

TEST_CASE("rules: a foreign country backing rebels is the country, the rebels are local",
          "[resolution][rules]") {
  Document d = in_syria(
      "Turkish-backed rebels held the bridge, as they have across Syria.\n");
  CHECK(entity(d, "Turkey"));
  CHECK(entity(d, "Syrian rebels"));
  CHECK_FALSE(entity(d, "Turkish rebels"));
}

TEST_CASE("rules: actors from two documents become one graph node", "[resolution][rules]") {
  KnowledgeGraph g;
  g.add_document(run(
      "Fighting broke out near Marisk in northern Syria on Tuesday, Syrian state media reported.\n"
      "The army said it had retaken the town, and rebels withdrew from Syria's north.\n",
      "a"));
  g.add_document(run(
      "Syrian troops shelled Marisk in northern Syria on Wednesday.\n"
      "Syrian rebels said they would return.\n",
      "b"));
  g.finalize();
  int forces = 0, rebels = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const NodeProperties& n = g.graph()[v];
    if (n.name == "Syrian government forces") {
      ++forces;
      CHECK(n.documents == std::vector<std::string>{"a", "b"});
    }
    if (n.name == "Syrian rebels") ++rebels;
  }
  CHECK(forces == 1);
  CHECK(rebels == 1);
}

TEST_CASE("rules: a setting no gazetteer knows outweighs a host country named in passing",
          "[resolution][rules]") {
  // Norvalia is in no list; its adjective marks it a country, and its name
  // then counts as a country's name does. Austria only hosts the talks.
  Document d = run(
      "Norvalian talks resume in Vienna, Austria.\n"
      "Envoys met in Vienna on Monday as fighting went on in Norvalia.\n"
      "Norvalia has been at war for two years.\n"
      "The army shelled rebel positions across Norvalia overnight.\n"
      "Aid groups said Norvalia needs food.\n");
  CHECK(entity(d, "Norvalian government forces"));
  CHECK_FALSE(entity(d, "Austrian government forces"));
}

TEST_CASE("rules: the setting is the country whose government and rebels act, not the host of talks",
          "[resolution][rules]") {
  // Vienna, the venue, is named more often than Norvalia itself; the
  // Norvalian government and rebels, and the title, say where the war is.
  Document d = testing::annotate_text(
      "Delegates of the Norvalian government and Norvalian rebels met in Vienna on Monday.\n"
      "The talks in Vienna are the first in a year. Austrian diplomats hosted them in Vienna.\n"
      "The army kept shelling the north, the rebels said.\n",
      "t", "Norvalia talks open in Vienna");
  CHECK(entity(d, "Norvalian government forces"));
  CHECK_FALSE(entity(d, "Austrian government forces"));
}

TEST_CASE("rules: a capital standing for its country and the same city as a place stay two nodes",
          "[resolution][rules]") {
  KnowledgeGraph g;
  g.add_document(run("Moscow said on Monday that it would keep its troops in Syria.\n", "a"));
  g.add_document(run("Thousands marched in Moscow on Saturday, police said.\n", "b"));
  g.finalize();
  const NodeProperties* russia = testing::find_node(g, "Russia");
  const NodeProperties* city = testing::find_node(g, "Moscow");
  REQUIRE(russia);
  REQUIRE(city);
  CHECK(russia->kind == "country");
  CHECK(russia->documents == std::vector<std::string>{"a"});
  CHECK(city->documents == std::vector<std::string>{"b"});
}

TEST_CASE("rules: the name of a country no list knows is that country", "[resolution][rules]") {
  // "Dravian" tells that Dravia is a country: no person, and its warplanes
  // stand for it, as "Russian warplanes" stand for Russia.
  Document d = run(
      "Norvalian troops shelled Marisk in northern Norvalia on Monday.\n"
      "Dravia, an ally of President Teodor Malin, has sent no troops.\n"
      "Dravian warplanes struck rebel positions near Marisk, the Norvalian army said.\n");
  const DocEntity* dravia = entity(d, "Dravia");
  REQUIRE(dravia);
  CHECK(dravia->type == NodeType::Place);
  CHECK(dravia->kind == "country");
  CHECK(dravia->mention_count >= 2);
  CHECK_FALSE(entity(d, "Dravian government forces"));
}

TEST_CASE("rules: a name in apposition to a place noun is a place", "[resolution][rules]") {
  Document d = run(
      "Fighting went on in northern Norvalia, Norvalian state media said.\n"
      "Meanwhile, in Lorvenko, the Norvalian capital, President Teodor Malin met Dravian President "
      "Oleg Stavrin.\n");
  const DocEntity* city = entity(d, "Lorvenko");
  REQUIRE(city);
  CHECK(city->type == NodeType::Place);
}

TEST_CASE("rules: a description tied to a named actor is that actor", "[resolution][rules]") {
  // The apposition and the classifying word tie "a pro-government militia"
  // and "the opposition" to the names; the name is the entity's name.
  Document d = run(
      "Fighting went on in northern Syria, Syrian state media said.\n"
      "The Falcon Brigade, a pro-government militia, took the bridge.\n"
      "In Geneva, the opposition Council for a Free Syria (CFS) left the talks.\n");
  const DocEntity* brigade = entity(d, "Falcon Brigade");
  REQUIRE(brigade);
  CHECK(testing::has_alias(*brigade, "pro-government militia"));
  CHECK_FALSE(entity(d, "pro-government militia"));
  const DocEntity* council = entity(d, "Council for a Free Syria");
  REQUIRE(council);
  CHECK(testing::has_alias(*council, "CFS"));
  CHECK_FALSE(entity(d, "Free Syria"));
}

TEST_CASE("rules: a leader's administration belongs to the country the document titles the leader with",
          "[resolution][rules]") {
  SECTION("titled: the leader's country, not the setting") {
    Document d = run(
        "Israeli officials met in Jerusalem on Monday to discuss the border.\n"
        "The Corlan administration said it backed the talks in Israel on Tuesday.\n"
        "Valorian President Tom Corlan spoke to reporters in Jerusalem after the meeting.\n");
    const DocEntity* valoria = entity(d, "Valorian government");
    REQUIRE(valoria);
    CHECK(testing::has_alias(*valoria, "Corlan administration"));
    const DocEntity* israel = entity(d, "Israeli government");
    CHECK((!israel || !testing::has_alias(*israel, "Corlan administration")));
  }
  SECTION("untitled: an administration keeps its own name") {
    Document d = run(
        "Israeli officials met in Jerusalem on Monday to discuss the border.\n"
        "The Corlan administration said it backed the talks in Israel on Tuesday.\n");
    const DocEntity* own = entity(d, "Corlan administration");
    REQUIRE(own);
    CHECK(own->type == NodeType::Organization);
    CHECK(own->kind == "government");
  }
  SECTION("his government: the government of the titled person before it") {
    Document d = run(
        "Syrian government forces shelled Marisk in northern Syria on Monday.\n"
        "Turkish Foreign Minister Omer Kaya said his government would not accept the shelling.\n");
    CHECK(entity(d, "Turkish government"));
    CHECK_FALSE(entity(d, "Syrian government"));
  }
  SECTION("untitled: a regime is the setting's government") {
    Document d = run(
        "Fighting went on across Syria on Monday, Syrian state media said.\n"
        "The Kadeer regime said its forces had retaken two villages near the border.\n");
    const DocEntity* syria = entity(d, "Syrian government");
    REQUIRE(syria);
    CHECK(testing::has_alias(*syria, "Kadeer regime"));
  }
}

TEST_CASE("rules: governments of two countries never merge, whatever aliases they share",
          "[resolution][rules]") {
  // Each document ties the same alias to its own country's government (as a
  // document that misreads a reference would); the graph keeps them apart.
  auto government = [](const std::string& id, const std::string& name) {
    Document d;
    d.id = id;
    DocEntity e;
    e.type = NodeType::Organization;
    e.kind = "government";
    e.name = name;
    e.aliases = {"Health Ministry officials", "government"};
    e.mention_count = 2;
    d.entities.push_back(e);
    return d;
  };
  KnowledgeGraph g;
  g.add_document(government("a", "Chinese government"));
  g.add_document(government("b", "Israeli government"));
  g.add_document(government("c", "Chinese government"));
  g.finalize();
  const NodeProperties* china = testing::find_node(g, "Chinese government");
  const NodeProperties* israel = testing::find_node(g, "Israeli government");
  REQUIRE(china);
  REQUIRE(israel);
  CHECK(china != israel);
  CHECK(china->documents == std::vector<std::string>{"a", "c"});
  CHECK(israel->documents == std::vector<std::string>{"b"});
}

TEST_CASE("rules: a country's possessive names the owner of its forces and its government",
          "[resolution][rules]") {
  Document d = in_syria(
      "Iran's army sent more troops, and Turkey's government protested on Monday.\n"
      "Syria's government said the town was calm.\n");
  CHECK(entity(d, "Iran"));
  CHECK_FALSE(entity(d, "Syrian government forces"));  // "Iran's army" is Iran
  const DocEntity* turkish = entity(d, "Turkish government");
  REQUIRE(turkish);
  CHECK(turkish->kind == "government");
  const DocEntity* syrian = entity(d, "Syrian government");
  REQUIRE(syrian);
  CHECK(syrian->mention_count == 1);
}

TEST_CASE("rules: a ministry is its country's, named or the setting's", "[resolution][rules]") {
  Document d = in_syria(
      "Turkey's defence ministry said its drones were not involved.\n"
      "The Iranian foreign ministry condemned the shelling, and the defence ministry denied it.\n");
  for (const char* name : {"Turkish defence ministry", "Iranian foreign ministry", "Syrian defence ministry"}) {
    INFO(name);
    const DocEntity* ministry = entity(d, name);
    REQUIRE(ministry);
    CHECK(ministry->type == NodeType::Organization);
  }
}

TEST_CASE("rules: an actor word before the actor's positions or before another state word is the actor",
          "[resolution][rules]") {
  Document d = in_syria(
      "Army artillery pounded rebel positions outside the town overnight.\n");
  CHECK(entity(d, "Syrian government forces"));  // "army artillery": one phrase
  CHECK(entity(d, "Syrian rebels"));             // "rebel positions": the rebels'
  // A modifier of any other noun stays a modifier.
  Document leaflets = in_syria(
      "Residents found rebel leaflets in the streets of the town.\n");
  CHECK_FALSE(entity(leaflets, "Syrian rebels"));
}

TEST_CASE("rules: a people's adjective before a non-state actor names the group", "[resolution][rules]") {
  Document d = in_syria(
      "Clashes between Kurdish militias and Arab rebels spread to the villages near the town.\n");
  const DocEntity* kurdish = entity(d, "Kurdish militias");
  REQUIRE(kurdish);
  CHECK(kurdish->type == NodeType::Group);
  CHECK(entity(d, "Arab rebels"));
  CHECK_FALSE(entity(d, "Syrian militias"));
  CHECK_FALSE(entity(d, "Syrian rebels"));
  // Capitalised at a sentence's start, a word is no people: "Many rebels".
  Document many = in_syria(
      "Many rebels left the town on Monday.\n");
  CHECK(entity(many, "Syrian rebels"));
  CHECK_FALSE(entity(many, "Many rebels"));
}

TEST_CASE("rules: a named group's fighters are the group, and a title word after 'town of' names the town",
          "[resolution][rules]") {
  Document d = in_syria(
      "Nusra Front militants and Kurdish fighters clashed near the village of Sheikh Tarek.\n");
  CHECK(entity(d, "Jabhat al-Nusra"));
  CHECK_FALSE(entity(d, "Syrian jihadists"));  // "militants" after the name
  CHECK(entity(d, "Kurdish fighters"));
  const DocEntity* village = entity(d, "Sheikh Tarek");
  REQUIRE(village);
  CHECK(village->type == NodeType::Place);
  CHECK_FALSE(entity(d, "Tarek"));
}

TEST_CASE("rules: a leader's possessive before forces is the leader's government forces", "[resolution][rules]") {
  Document d = in_syria(
      "Assad's forces advanced towards the town on Monday.\n");
  CHECK(entity(d, "Syrian government forces"));
}

TEST_CASE("rules: a seat of government no gazetteer lists speaks for its country", "[resolution][rules]") {
  Document d = in_syria(
      "The Kremlin said on Monday that the strikes would continue.\n");
  const DocEntity* russia = entity(d, "Russia");
  REQUIRE(russia);
  CHECK(testing::has_alias(*russia, "Kremlin"));
}

TEST_CASE("rules: a two-word demonym names its country and the country keeps its own name",
          "[resolution][rules]") {
  Document d = in_syria(
      "The North Korean leader sent a letter, and South Korean troops were put on alert.\n");
  CHECK(entity(d, "North Korea"));
  CHECK(entity(d, "South Korea"));
  CHECK_FALSE(entity(d, "North"));
  KnowledgeGraph g;
  g.add_document(d);
  g.finalize();
  CHECK(testing::find_node(g, "North Korea"));  // not its longer adjective "North Korean"
}

TEST_CASE("rules: a hyphenated given name stays whole", "[resolution][rules]") {
  Document d = in_syria(
      "Former envoy Ban Sung-ho met Pak Jong-un in Geneva, and the US-led coalition paused its strikes.\n");
  CHECK(entity(d, "Ban Sung-ho"));
  CHECK(entity(d, "Pak Jong-un"));
  CHECK_FALSE(entity(d, "Pak Jong"));
  CHECK_FALSE(entity(d, "US-led"));
}

TEST_CASE("rules: 'the coalition' and 'coalition warplanes' are the coalition the document named",
          "[resolution][rules]") {
  Document d = in_syria(
      "The Turkish-led coalition sent more troops to the town.\n"
      "The coalition said coalition warplanes had hit the bridge.\n");
  const DocEntity* coalition = entity(d, "Turkish-led coalition");
  REQUIRE(coalition);
  CHECK(coalition->mention_count == 3);
}

TEST_CASE("rules: a listed name wins over a people's adjective and a title's name over a place in it",
          "[resolution][rules]") {
  Document d = in_syria(
      "Talks between the government and Houthi rebels resumed, said Sheikh Sabah Nasser.\n");
  const DocEntity* houthis = entity(d, "Houthis");
  REQUIRE(houthis);
  CHECK_FALSE(entity(d, "Houthi rebels"));
  const DocEntity* sheikh = entity(d, "Sabah Nasser");
  REQUIRE(sheikh);
  CHECK(sheikh->type == NodeType::Person);
  CHECK_FALSE(entity(d, "Sabah"));
}

TEST_CASE("rules: a listed acronym written in lower case is the acronym only when no name word follows",
          "[resolution][rules]") {
  Document d = in_syria(
      "Foreign Minister Nicu Tanase said aid had reached the town.\n"
      "Unicef said 40 children had been treated at the clinic.\n");
  const DocEntity* minister = entity(d, "Nicu Tanase");
  REQUIRE(minister);
  CHECK(minister->type == NodeType::Person);
  CHECK_FALSE(entity(d, "NICU"));
  const DocEntity* unicef = entity(d, "UNICEF");
  REQUIRE(unicef);
  CHECK(unicef->type == NodeType::Organization);
}

TEST_CASE("rules: a maker's name before machines is no state's forces", "[resolution][rules]") {
  Document d = in_syria(
      "The airline grounded its Tarvo jets, and Assad forces entered the town.\n");
  CHECK_FALSE(entity(d, "Tarvo jets"));
  const DocEntity* forces = entity(d, "Syrian government forces");
  REQUIRE(forces);
  CHECK(forces->mention_count == 1);  // "Assad forces", not "Tarvo jets"
}

TEST_CASE("rules: an actor word heading a longer name is part of the name", "[resolution][rules]") {
  Document d = run(
      "Fighting continued near Tripoli in Libya on Sunday, officials said.\n"
      "Turkey sent troops to support the Government of National Accord (GNA) and the Army of Islam.\n"
      "GNA militias later attacked the port.\n");
  const DocEntity* gna = entity(d, "Government of National Accord");
  REQUIRE(gna);
  CHECK(testing::has_alias(*gna, "GNA"));
  CHECK(entity(d, "Army of Islam"));
  CHECK_FALSE(entity(d, "GNA militias"));  // the GNA's own
  CHECK_FALSE(entity(d, "Libyan government"));
}

TEST_CASE("rules: a capital after a direction or a part of the city is the place, not its government",
          "[resolution][rules]") {
  Document d = in_syria(
      "Tarvik, a town southwest of Damascus, and the outskirts of Damascus came under fire on Monday.\n"
      "Shells also fell on the old city of Damascus.\n");
  const DocEntity* damascus = entity(d, "Damascus");
  REQUIRE(damascus);
  CHECK(damascus->type == NodeType::Place);
  CHECK_FALSE(entity(d, "Syrian government"));
}

TEST_CASE("rules: a listed name that starts with a particle is the listed entity", "[resolution][rules]") {
  Document d = in_syria("Jihadists linked to al-Qaeda attacked an army post near Tarvik.\n");
  const DocEntity* qaeda = entity(d, "al-Qaeda");
  REQUIRE(qaeda);
  CHECK(qaeda->type == NodeType::Group);
}

TEST_CASE("rules: a name after a place noun and a comma is a place", "[resolution][rules]") {
  Document d = in_syria("Talks were held in the Valdorian capital, Merrowick, on Sunday.\n");
  const DocEntity* city = entity(d, "Merrowick");
  REQUIRE(city);
  CHECK(city->type == NodeType::Place);
}

TEST_CASE("rules: 'to' after 'loyal' or 'linked' is no place cue", "[resolution][rules]") {
  Document d = in_syria("Fighters loyal to Omar Talas attacked the town of Tarvik on Monday.\n");
  const DocEntity* talas = entity(d, "Omar Talas");
  REQUIRE(talas);
  CHECK(talas->type == NodeType::Person);
}

TEST_CASE("rules: a capital under attack is the city, not its government", "[resolution][rules]") {
  Document d = in_syria("Rebels launched an offensive on Damascus on Monday.\nThe army besieged Damascus.\n");
  const DocEntity* damascus = entity(d, "Damascus");
  REQUIRE(damascus);
  CHECK(damascus->type == NodeType::Place);
  CHECK_FALSE(entity(d, "Syrian government"));
}

TEST_CASE("rules: a capital counts for its country's setting whatever other towns share its name",
          "[resolution][rules]") {
  // Tripoli is also a Lebanese city in the gazetteer; the capital of Libya
  // makes "the government" Libya's.
  Document d = run(
      "Clashes in Tripoli\n\nHeavy clashes shook Tripoli on Thursday, the government said, as Libyan "
      "families fled and Egypt and Turkey urged calm.\n");
  CHECK(entity(d, "Libyan government"));
  CHECK_FALSE(entity(d, "government"));
}

TEST_CASE("rules: a singular group noun after a group's name is the group itself", "[resolution][rules]") {
  Document d = in_syria("The Kurdish YPG militia attacked the town of Tarvik.\nThe Hamas movement said nothing.\n");
  CHECK(entity(d, "People's Protection Units"));
  CHECK_FALSE(entity(d, "Syrian militias"));
  CHECK_FALSE(entity(d, "militia"));
  CHECK_FALSE(entity(d, "Syrian movement"));
}

TEST_CASE("rules: a leader in the title speaks for the country the text titles him with", "[resolution][rules]") {
  const std::string body =
      "Norvalian President Oskar Brenn on Monday warned Turkey to stop arming the rebels.\n"
      "Turkey rejected the warning, and Turkish officials said Ankara had sent no weapons.\n"
      "Meanwhile the government's troops kept up their siege of the town of Tarvik.\n";
  Document d = testing::annotate_text(body, "t", "Brenn warns Turkey over rebel arms");
  CHECK(entity(d, "Norvalian government forces"));
  CHECK(entity(d, "Norvalian rebels"));
  CHECK_FALSE(entity(d, "Turkish government forces"));
}

TEST_CASE("rules: a town listed under a country's ISO name counts for the country's usual name",
          "[resolution][rules]") {
  // The gazetteer lists Gaziantep and Kilis under "Türkiye"; the setting is
  // Turkey, whose government the demonym lists give as "Turkish government".
  Document d = run(
      "Shells hit Kilis and Gaziantep on Monday, and Turkish officials said the government would respond. "
      "Syrian rebels denied firing them.\n");
  CHECK(entity(d, "Turkish government"));
  CHECK_FALSE(entity(d, "Syrian government"));
}

TEST_CASE("rules: 'in northern X' in the title sets the story in X", "[resolution][rules]") {
  Document d = testing::annotate_text("Turkish artillery shelled Kurdish positions near Tarvik on Monday, a monitor said.\n",
                                      "t", "Turkey shells Kurdish positions in northern Syria");
  const DocEntity* turkey = entity(d, "Turkey");
  REQUIRE(turkey);  // a foreign power acting, not the setting's own forces
  CHECK_FALSE(entity(d, "Turkish government forces"));
}

TEST_CASE("rules: 'the militants' is the one armed group named just before", "[resolution][rules]") {
  Document one = in_syria(
      "Northern Brigade militants seized the town of Tarvik on Monday.\n"
      "The militants also attacked army checkpoints near the town.\n");
  const DocEntity* brigade = entity(one, "Northern Brigade");
  REQUIRE(brigade);
  CHECK(testing::has_alias(*brigade, "militants"));
  CHECK_FALSE(entity(one, "Syrian jihadists"));
  // Two groups named: "the militants" stays the generic actor.
  Document two = in_syria(
      "Northern Brigade fighters and Southern Front fighters seized the town of Tarvik on Monday.\n"
      "The militants also attacked army checkpoints near the town.\n");
  CHECK(entity(two, "Syrian jihadists"));
}

TEST_CASE("rules: a military command is an organization named whole", "[resolution][rules]") {
  Document d = in_syria("The Valdorian Central Command said its jets had struck targets near Tarvik.\n");
  const DocEntity* command = entity(d, "Valdorian Central Command");
  REQUIRE(command);
  CHECK(command->type == NodeType::Organization);
}

TEST_CASE("rules: the place of a siege, a fall or a mayor, and a town that has been shelled", "[resolution][rules]") {
  Document d = in_syria(
      "Government forces tightened their blockade of Olmar on Monday.\n"
      "Dravek has been shelled for weeks, and residents of Kostin fled.\n");
  for (const char* name : {"Olmar", "Dravek", "Kostin"}) {
    INFO(name);
    const DocEntity* town = entity(d, name);
    REQUIRE(town);
    CHECK(town->type == NodeType::Place);
  }
  // A person can be captured: no place from "was captured".
  Document p = in_syria("Omar Talas was captured by the rebels near Tarvik.\n");
  REQUIRE(entity(p, "Omar Talas"));
  CHECK(entity(p, "Omar Talas")->type == NodeType::Person);
}

TEST_CASE("rules: pro-government forces are the government forces", "[resolution][rules]") {
  Document d = in_syria("Tarvik has been besieged by pro-government forces since July.\n");
  CHECK(entity(d, "Syrian government forces"));
}

TEST_CASE("rules: a negotiating committee or council is a group (a delegation to talks)", "[resolution][rules]") {
  Document d = in_syria(
      "The Supreme Negotiating Council said on Monday it would attend the talks.\n"
      "The Valdorian Negotiations Committee accused the government of delaying aid.\n"
      "The Valdorian Relief Committee handed out food.\n");
  for (const char* name : {"Supreme Negotiating Council", "Valdorian Negotiations Committee"}) {
    INFO(name);
    REQUIRE(entity(d, name));
    CHECK(entity(d, name)->type == NodeType::Group);
  }
  REQUIRE(entity(d, "Valdorian Relief Committee"));
  CHECK(entity(d, "Valdorian Relief Committee")->type == NodeType::Organization);
}

TEST_CASE("rules: 'targets in X', 'the war in X' set the story in X", "[resolution][rules]") {
  // Russia is named more often, but the strikes are in Syria: "Russian
  // warplanes" are Russia, and "the rebels" Syria's.
  Document d = testing::annotate_text(
      "Russian warplanes hit targets in Syria on Monday, the Russian defence ministry said.\n"
      "Russian officials said the strikes targeted the rebels.\n",
      "t", "Russia says its jets hit targets in Syria");
  CHECK(entity(d, "Syrian rebels"));
  CHECK_FALSE(entity(d, "Russian rebels"));
  CHECK_FALSE(entity(d, "Russian government forces"));
}

TEST_CASE("rules: 'the rebels' is the one group the text named 'X rebels'", "[resolution][rules]") {
  Document one = in_syria(
      "Mountain Front rebels seized the town of Tarvik on Monday.\n"
      "Officials said the army retreated.\n"
      "The rebels had shelled army positions around the town since Saturday.\n");
  const DocEntity* front = entity(one, "Mountain Front");
  REQUIRE(front);
  CHECK(testing::has_alias(*front, "rebels"));
  CHECK_FALSE(entity(one, "Syrian rebels"));
  // A country's rebels name no group of their own.
  Document country = in_syria(
      "Syrian rebels seized the town of Tarvik on Monday.\n"
      "The rebels had shelled army positions around the town since Saturday.\n");
  CHECK(entity(country, "Syrian rebels"));
  // Two named: "the rebels" stays the country's rebels.
  Document two = in_syria(
      "Mountain Front rebels and River Brigade rebels seized the town of Tarvik on Monday.\n"
      "The rebels had shelled army positions around the town since Saturday.\n");
  CHECK(entity(two, "Syrian rebels"));
}

TEST_CASE("rules: 'Congo' is the Democratic Republic; 'Congo Republic' is the other one", "[resolution][rules]") {
  Document drc = run("M23 rebels seized a town in the Democratic Republic of Congo on Monday.\n"
                     "Congo's government said the army would retake it.\n");
  const DocEntity* country = entity(drc, "Democratic Republic of the Congo");
  REQUIRE(country);
  CHECK(testing::has_alias(*country, "Congo"));
  CHECK_FALSE(entity(drc, "Democratic"));
  Document republic = run("Congo Republic's president met officials in Brazzaville on Monday.\n");
  CHECK(entity(republic, "Republic of the Congo"));
  CHECK_FALSE(entity(republic, "Democratic Republic of the Congo"));
}

TEST_CASE("rules: an acronym or a code before 'rebels' names the group, not a people", "[resolution][rules]") {
  Document d = in_syria(
      "On Monday, K21 rebels and TLF fighters clashed with army units near the town of Tarvik.\n"
      "Tarvik's governor accused neighbouring Turkey of backing the K21.\n");
  const DocEntity* code = entity(d, "K21");
  REQUIRE(code);
  CHECK(code->type == NodeType::Group);
  CHECK(testing::has_alias(*code, "K21 rebels"));
  CHECK_FALSE(entity(d, "K21 rebels"));
  const DocEntity* acronym = entity(d, "TLF");
  REQUIRE(acronym);
  CHECK(acronym->type == NodeType::Group);
  // A people's adjective still names its rebels.
  Document people = in_syria("On Monday, Kurdish rebels clashed with army units near the town of Tarvik.\n");
  CHECK(entity(people, "Kurdish rebels"));
}

TEST_CASE("rules: 'the Iranian-backed group' is the one armed group named just before", "[resolution][rules]") {
  Document d = in_syria(
      "The Northern Brigade fired rockets at army positions near Tarvik on Friday.\n"
      "The Dravian-backed group said it had targeted a base near the border.\n");
  const DocEntity* brigade = entity(d, "Northern Brigade");
  REQUIRE(brigade);
  CHECK(testing::has_alias(*brigade, "group"));
  // A rights group named with it may be "the group": no guess.
  Document rights = in_syria(
      "The Northern Brigade fired rockets at army positions near Tarvik on Friday.\n"
      "Human Rights Watch said the group had used cluster munitions.\n");
  const DocEntity* named = entity(rights, "Northern Brigade");
  REQUIRE(named);
  CHECK_FALSE(testing::has_alias(*named, "group"));
  // Nor is a group that a noun describes otherwise ("the aid group").
  Document aid = in_syria(
      "The Northern Brigade fired rockets at army positions near Tarvik on Friday.\n"
      "The aid group said the town had no power.\n");
  CHECK_FALSE(testing::has_alias(*entity(aid, "Northern Brigade"), "group"));
}
