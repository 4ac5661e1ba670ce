// Lexicon: the gazetteers and word lists of schemas/, loaded once and shared
// read-only by every document.
//
//   schemas/gazetteers/{countries,places,organizations,groups}.json  (derived)
//   schemas/lexicons/demonyms.json   countries: short names, adjectives, capitals
//   schemas/lexicons/actors.json     collective actors (rebels, government forces)
//   schemas/lexicons/aliases.json    one entity's many names (ISIS = Daesh)
//   schemas/lexicons/roles.json      titles, honorifics, role nouns
//   schemas/lexicons/name_cues.json  head words that type a name; non-names
//
// Names are looked up by their exact form first, then by their folded key
// (lower case, no diacritics or punctuation); word lists by lower case.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/ontology.h"
#include "extract/text/unicode.h"

namespace newsgraph {

struct NameEntry {
  NodeType type = NodeType::Place;
  std::string kind;     // country, city, armed-group, media, ...
  std::string name;     // the name every form of this entry merges under
  std::string country;  // for places: the country containing it, if known
};

struct ActorEntry {
  std::string name_pattern;  // "{Country} rebels"
  NodeType type = NodeType::Group;
  std::string kind;
  std::string role;          // state, non-state, government, opposition, fixed
  bool needs_country = false;
};

class Lexicon {
 public:
  // Loads every file above from schemas_dir; throws std::runtime_error
  // naming the file on a missing file or malformed JSON.
  static Lexicon load(const std::filesystem::path& schemas_dir);

  // A name from the gazetteers, alias sets or country lists.
  const NameEntry* find_name(std::string_view form) const;
  // Whether the gazetteers list this very form, case and punctuation as written.
  bool is_listed_as_written(std::string_view form) const { return names_.count(std::string(form)) > 0; }
  // "Syrian" → "Syria"; "U.S." → "United States"
  const std::string* country_of_adjective(std::string_view word) const;
  // "Moscow" → "Russia" (capitals and seats of government)
  const std::string* country_of_capital(std::string_view form) const;
  // "Syria" → "Syrian" (the first adjective listed)
  std::string adjective_of(const std::string& country) const;
  // "Valdorian": a capitalised adjective of six letters or more ending in
  // -ian, -ean or -ese that names no listed country or name — the adjective
  // of a country no list knows.
  bool is_unknown_demonym(std::string_view word) const;
  // The country such an adjective names when it is the name + "n" (most are:
  // Syria/Syrian, Kenya/Kenyan): "Valdoria" for "Valdorian"; "" otherwise,
  // or when that name is listed as something else.
  std::string unknown_country_of(std::string_view adjective) const;
  // An actor head phrase, lower case: "rebel groups", "government forces".
  const ActorEntry* find_actor(std::string_view lower_phrase) const;

  bool is_honorific(std::string_view word) const { return honorifics_.count(std::string(word)); }
  bool is_military_title(std::string_view word) const { return titles_.count(std::string(word)); }
  bool is_role(std::string_view lower_phrase) const { return roles_.count(std::string(lower_phrase)); }
  bool is_person_verb(std::string_view lower) const { return person_verbs_.count(std::string(lower)); }
  // Words of a role's field after "for" / "of": "High Commissioner for Human
  // Rights", "Minister of Foreign Affairs".
  bool is_portfolio_word(std::string_view lower) const { return portfolio_words_.count(std::string(lower)); }
  bool is_not_name(std::string_view word) const { return not_names_.count(std::string(word)); }
  bool is_connector(std::string_view lower) const { return connectors_.count(std::string(lower)); }
  bool is_place_preposition(std::string_view lower) const { return place_preps_.count(std::string(lower)); }
  bool is_place_noun(std::string_view lower) const { return place_nouns_.count(std::string(lower)); }
  bool is_generic(std::string_view lower) const { return generic_.count(std::string(lower)); }
  // Nouns whose modifier names the actor they belong to: "rebel positions",
  // "army checkpoint", "Turkish bases" (actors.json "held_by").
  bool is_held_by_noun(std::string_view lower) const { return held_by_.count(std::string(lower)); }
  // Buildings and quarters an attack hits: "bombed hospitals in Y" (actors.json "sites").
  bool is_site_noun(std::string_view lower) const { return sites_.count(std::string(lower)); }
  // Common nouns that introduce an organization's name: "news agency X".
  bool is_organization_noun(std::string_view lower) const { return org_nouns_.count(std::string(lower)); }
  // Lower-case words that make a place name a larger unit: "Aleppo province".
  bool is_place_suffix(std::string_view lower) const { return place_suffixes_.count(std::string(lower)); }
  // A place kind that names a unit wider than a town (a place suffix other
  // than "city": "province", "region", "countryside", ...).
  bool is_unit_kind(std::string_view kind) const { return kind != "city" && is_place_suffix(kind); }
  // Lower-case words that place a part of a country: "northern", "central",
  // "rural" ("the northern province of X"; "Eastern" as a region's name).
  bool is_direction_word(std::string_view lower) const { return direction_words_.count(std::string(lower)); }
  // Last words of the names of buildings and sites: "Museum", "Hospital".
  bool is_facility_head(std::string_view word) const { return facility_heads_.count(std::string(word)); }
  // Verbs whose object is most often a place: "besieged X", "captured X".
  bool is_place_verb(std::string_view lower) const { return place_verbs_.count(std::string(lower)); }
  // Nouns whose of-phrase most often names a place: "the siege of X",
  // "residents of X", "the mayor of X".
  bool is_place_of_noun(std::string_view lower) const { return place_of_nouns_.count(std::string(lower)); }
  // The type a name's last word gives it: "Committee" → organization.
  std::optional<NodeType> head_type(std::string_view word) const;

  size_t longest_role() const { return longest_role_; }      // in words
  size_t longest_actor() const { return longest_actor_; }
  size_t longest_name() const { return longest_name_; }

 private:
  void add_name(const std::string& form, const NameEntry& entry, bool override_existing);

  std::unordered_map<std::string, NameEntry> names_;        // exact form
  std::unordered_map<std::string, NameEntry> folded_names_;  // folded key
  std::unordered_map<std::string, std::string> adjectives_;
  std::unordered_map<std::string, std::string> capitals_;
  std::unordered_map<std::string, std::string> adjective_of_;
  std::unordered_map<std::string, ActorEntry> actors_;
  std::unordered_set<std::string> honorifics_, titles_, roles_, person_verbs_, not_names_,
      connectors_, place_preps_, place_nouns_, generic_, org_nouns_, place_suffixes_, place_verbs_, place_of_nouns_,
      facility_heads_, direction_words_, portfolio_words_, held_by_, sites_;
  std::unordered_map<std::string, NodeType> heads_;
  size_t longest_role_ = 1, longest_actor_ = 1, longest_name_ = 1;
};

}  // namespace newsgraph
