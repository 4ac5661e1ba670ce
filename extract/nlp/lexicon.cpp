#include "extract/nlp/lexicon.h"

#include <fmt/format.h>
#include <rapidjson/document.h>

#include <stdexcept>

#include "extract/json_file.h"
#include "extract/text/name_key.h"
#include "extract/text/unicode.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

rapidjson::Document read_json(const fs::path& path) {
  rapidjson::Document doc = parse_json(read_text_file(path, "lexicon file"), path);
  if (!doc.IsObject())
    throw std::runtime_error(fmt::format("{}: the top level must be an object", path.string()));
  return doc;
}

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.IsObject() || !obj.HasMember(key) || !obj[key].IsArray()) return out;
  for (const auto& v : obj[key].GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string string_field(const rapidjson::Value& obj, const char* key) {
  if (!obj.IsObject() || !obj.HasMember(key) || !obj[key].IsString()) return "";
  return std::string(obj[key].GetString(), obj[key].GetStringLength());
}

const rapidjson::Value& array_field(const rapidjson::Value& obj, const char* key,
                                   const fs::path& path) {
  if (!obj.HasMember(key) || !obj[key].IsArray())
    throw std::runtime_error(fmt::format("{}: missing list '{}'", path.string(), key));
  return obj[key];
}

size_t word_count(std::string_view phrase) {
  size_t n = 1;
  for (char c : phrase)
    if (c == ' ') ++n;
  return n;
}

std::optional<NodeType> type_field(const rapidjson::Value& obj, const fs::path& path) {
  std::string t = string_field(obj, "type");
  auto type = parse_node_type(t);
  if (!type) throw std::runtime_error(fmt::format("{}: unknown node type '{}'", path.string(), t));
  return type;
}

}  // namespace

void Lexicon::add_name(const std::string& form, const NameEntry& entry, bool override_existing) {
  if (form.empty()) return;
  if (override_existing) {
    names_[form] = entry;
    folded_names_[name_key(form)] = entry;
  } else {
    names_.emplace(form, entry);
    folded_names_.emplace(name_key(form), entry);
  }
  longest_name_ = std::max(longest_name_, word_count(form));
}

Lexicon Lexicon::load(const fs::path& schemas_dir) {
  Lexicon lex;
  const fs::path gaz = schemas_dir / "gazetteers";
  const fs::path lexdir = schemas_dir / "lexicons";

  // Derived gazetteers first; hand-written lists override them.
  struct Gazetteer {
    const char* file;
    NodeType type;
  };
  for (const Gazetteer& g : {Gazetteer{"places.json", NodeType::Place},
                             Gazetteer{"organizations.json", NodeType::Organization},
                             Gazetteer{"groups.json", NodeType::Group}}) {
    fs::path path = gaz / g.file;
    auto doc = read_json(path);
    for (const auto& e : array_field(doc, "entries", path).GetArray()) {
      NameEntry entry{g.type, string_field(e, "kind"), string_field(e, "form"),
                      string_field(e, "country")};
      lex.add_name(entry.name, entry, false);
    }
  }
  {
    fs::path path = gaz / "countries.json";
    auto doc = read_json(path);
    for (const auto& e : array_field(doc, "entries", path).GetArray()) {
      NameEntry entry{NodeType::Place, "country", string_field(e, "name"), ""};
      for (const std::string& form : strings(e, "forms")) lex.add_name(form, entry, true);
      lex.add_name(entry.name, entry, true);
    }
  }
  {
    fs::path path = lexdir / "demonyms.json";
    auto doc = read_json(path);
    for (const auto& e : array_field(doc, "countries", path).GetArray()) {
      std::string name = string_field(e, "name");
      NameEntry entry{NodeType::Place, "country", name, ""};
      lex.add_name(name, entry, true);
      for (const std::string& alias : strings(e, "aliases")) lex.add_name(alias, entry, true);
      auto adjectives = strings(e, "adjectives");
      for (const std::string& adj : adjectives) lex.adjectives_.emplace(adj, name);
      if (!adjectives.empty()) lex.adjective_of_.emplace(name, adjectives.front());
      for (const std::string& capital : strings(e, "capitals")) {
        lex.capitals_.emplace(capital, name);
        // A seat no gazetteer lists ("Kremlin", "White House") is still a name.
        lex.add_name(capital, NameEntry{NodeType::Place, "seat-of-government", capital, name}, false);
      }
    }
    for (const auto& e : array_field(doc, "regions", path).GetArray()) {
      std::string name = string_field(e, "name");
      lex.add_name(name, NameEntry{NodeType::Place, "region", name, ""}, true);
    }
  }
  {
    fs::path path = lexdir / "aliases.json";
    auto doc = read_json(path);
    for (const auto& set : array_field(doc, "sets", path).GetArray()) {
      auto forms = strings(set, "forms");
      if (forms.empty()) continue;
      NameEntry entry{*type_field(set, path), string_field(set, "kind"), forms.front(), ""};
      for (const std::string& form : forms) lex.add_name(form, entry, true);
    }
  }
  {
    fs::path path = lexdir / "actors.json";
    auto doc = read_json(path);
    std::unordered_set<std::string> needs_country;
    for (const std::string& h : strings(doc, "needs_country")) needs_country.insert(h);
    for (const auto& a : array_field(doc, "actors", path).GetArray()) {
      ActorEntry entry{string_field(a, "name"), *type_field(a, path), string_field(a, "kind"),
                       string_field(a, "role"), false};
      for (const std::string& head : strings(a, "heads")) {
        std::string key = ascii_lower(head);
        ActorEntry e = entry;
        e.needs_country = needs_country.count(key) > 0;
        lex.actors_.emplace(key, e);
        lex.longest_actor_ = std::max(lex.longest_actor_, word_count(key));
      }
    }
    for (const std::string& g : strings(doc, "generic")) lex.generic_.insert(ascii_lower(g));
    for (const std::string& h : strings(doc, "held_by")) lex.held_by_.insert(ascii_lower(h));
    for (const std::string& h : strings(doc, "sites")) lex.sites_.insert(ascii_lower(h));
  }
  {
    fs::path path = lexdir / "roles.json";
    auto doc = read_json(path);
    for (const std::string& h : strings(doc, "honorifics")) lex.honorifics_.insert(h);
    for (const std::string& t : strings(doc, "military_titles")) lex.titles_.insert(t);
    for (const std::string& r : strings(doc, "roles")) {
      lex.roles_.insert(ascii_lower(r));
      lex.longest_role_ = std::max(lex.longest_role_, word_count(r));
    }
    for (const std::string& v : strings(doc, "person_verbs")) lex.person_verbs_.insert(v);
    for (const std::string& w : strings(doc, "portfolio_words")) lex.portfolio_words_.insert(ascii_lower(w));
  }
  {
    fs::path path = lexdir / "name_cues.json";
    auto doc = read_json(path);
    // Later lists win for words in two lists; place heads are weakest.
    for (const std::string& w : strings(doc, "place_heads")) lex.heads_[w] = NodeType::Place;
    for (const std::string& w : strings(doc, "group_heads")) lex.heads_[w] = NodeType::Group;
    for (const std::string& w : strings(doc, "organization_heads"))
      lex.heads_[w] = NodeType::Organization;
    for (const std::string& w : strings(doc, "place_prepositions")) lex.place_preps_.insert(w);
    for (const std::string& w : strings(doc, "place_nouns")) lex.place_nouns_.insert(w);
    for (const std::string& w : strings(doc, "not_names")) lex.not_names_.insert(w);
    for (const std::string& w : strings(doc, "connectors")) lex.connectors_.insert(w);
    for (const std::string& w : strings(doc, "organization_nouns")) lex.org_nouns_.insert(w);
    for (const std::string& w : strings(doc, "place_suffixes")) lex.place_suffixes_.insert(w);
    for (const std::string& w : strings(doc, "place_verbs")) lex.place_verbs_.insert(w);
    for (const std::string& w : strings(doc, "place_of_nouns")) lex.place_of_nouns_.insert(w);
    for (const std::string& w : strings(doc, "facility_heads")) lex.facility_heads_.insert(w);
    for (const std::string& w : strings(doc, "direction_words")) lex.direction_words_.insert(w);
  }
  // The gazetteers name some countries as ISO does ("Russian Federation");
  // a place's country is the country's canonical name ("Russia").
  auto canonical_country = [&lex](std::string& country) {
    if (country.empty()) return;
    if (const NameEntry* c = lex.find_name(country); c && c->kind == "country") country = c->name;
  };
  for (auto* table : {&lex.names_, &lex.folded_names_})
    for (auto& [form, entry] : *table) canonical_country(entry.country);
  return lex;
}

const NameEntry* Lexicon::find_name(std::string_view form) const {
  if (auto it = names_.find(std::string(form)); it != names_.end()) return &it->second;
  std::string key = name_key(form);
  // Short forms match only as written: "De" is not "DE", "IS" is not "is".
  if (key.size() < 4) return nullptr;
  if (auto it = folded_names_.find(key); it != folded_names_.end()) return &it->second;
  return nullptr;
}

bool Lexicon::is_unknown_demonym(std::string_view f) const {
  if (f.size() < 6 || !unicode::is_upper(static_cast<unsigned char>(f[0]))) return false;
  std::string_view end = f.substr(f.size() - 3);
  bool demonym = end == "ian" || end == "ean" || end == "ese";
  return demonym && !country_of_adjective(f) && !find_name(f);
}

std::string Lexicon::unknown_country_of(std::string_view adjective) const {
  if (adjective.empty() || adjective.back() != 'n' || !is_unknown_demonym(adjective)) return "";
  std::string name(adjective.substr(0, adjective.size() - 1));
  return find_name(name) ? "" : name;
}

const std::string* Lexicon::country_of_adjective(std::string_view word) const {
  auto it = adjectives_.find(std::string(word));
  return it == adjectives_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::country_of_capital(std::string_view form) const {
  auto it = capitals_.find(std::string(form));
  return it == capitals_.end() ? nullptr : &it->second;
}

std::string Lexicon::adjective_of(const std::string& country) const {
  auto it = adjective_of_.find(country);
  return it == adjective_of_.end() ? country : it->second;
}

const ActorEntry* Lexicon::find_actor(std::string_view lower_phrase) const {
  auto it = actors_.find(std::string(lower_phrase));
  return it == actors_.end() ? nullptr : &it->second;
}

std::optional<NodeType> Lexicon::head_type(std::string_view word) const {
  auto it = heads_.find(std::string(word));
  if (it == heads_.end()) return std::nullopt;
  return it->second;
}

}  // namespace newsgraph
