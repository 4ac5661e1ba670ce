#include "extract/nlp/entity_recognizer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "extract/text/name_key.h"
#include "extract/text/tokenizer.h"
#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

// Words after a singular actor head that show the head is the subject or
// object ("the army said"), not a modifier of a noun ("army tank").
bool ends_noun_phrase(std::string_view next) {
  static const std::unordered_map<std::string_view, bool> kWords = {
      {"said", 1}, {"says", 1}, {"has", 1}, {"have", 1}, {"had", 1}, {"is", 1}, {"was", 1},
      {"were", 1}, {"are", 1}, {"and", 1}, {"or", 1}, {"of", 1}, {"in", 1}, {"on", 1},
      {"at", 1}, {"to", 1}, {"for", 1}, {"with", 1}, {"by", 1}, {"from", 1}, {"that", 1},
      {"which", 1}, {"who", 1}, {"will", 1}, {"would", 1}, {"could", 1}, {"can", 1},
      {"may", 1}, {"might", 1}, {"should", 1}, {"must", 1}, {"also", 1}, {"as", 1},
      {"not", 1}, {"did", 1}, {"does", 1}, {"told", 1}, {"after", 1}, {"before", 1},
      {"into", 1}, {"near", 1}, {"around", 1}, {"against", 1}, {"since", 1}, {"until", 1},
      {"but", 1}, {"than", 1}, {"'s", 1}, {"’s", 1}};
  return kWords.count(next) > 0;
}

bool is_punct_token(std::string_view form) {
  size_t i = 0;
  while (i < form.size()) {
    char32_t cp = unicode::next_code_point(form, i);
    if (unicode::is_letter(cp) || unicode::is_digit(cp)) return false;
  }
  return true;
}

// All letters upper case, 2-6 letters, periods allowed: "HNC", "U.N.".
// "M23", "FDLR-2": capital letters and digits, a name of a code's shape.
bool is_code_name(std::string_view form) {
  bool digit = false, letter = false;
  for (char c : form) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c >= 'A' && c <= 'Z') letter = true;
    else if (c != '-') return false;
  }
  return digit && letter && form.size() <= 8;
}

bool is_acronym(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c != '&') return false;
  }
  return letters >= 2 && letters <= 6;
}

// Capitalised for a name: first letter upper case, or an Arabic article
// before one ("al-Assad", "el-Sisi").
bool is_capitalised(std::string_view form) {
  if (form.empty()) return false;
  size_t i = 0;
  char32_t first = unicode::next_code_point(form, i);
  if (unicode::is_upper(first)) return true;
  for (std::string_view prefix : {"al-", "el-", "ad-", "ar-", "as-", "an-", "az-", "ash-"}) {
    if (form.size() > prefix.size() && form.substr(0, prefix.size()) == prefix) {
      size_t j = prefix.size();
      return unicode::is_upper(unicode::next_code_point(form, j));
    }
  }
  return false;
}

// Tags that a sentence-initial capitalised word has when it is no name.
bool is_function_or_verb(const std::string& upos) {
  return upos == "VERB" || upos == "ADV" || upos == "ADJ" || upos == "AUX" || upos == "PRON" ||
         upos == "ADP" || upos == "CCONJ" || upos == "SCONJ" || upos == "PART" || upos == "NUM";
}

// The country of a leader's title: a country the lists know ("Syria" for
// "Syrian President ...", "Israel" for "Israel's Prime Minister ..."), or
// the adjective of one they do not ("Valdorian").
struct LeaderTitle {
  std::string country;
  std::string unknown_adjective;
};

// For each capitalised word the document gives a title with a country
// before it, the country of the first such title: Syria for Assad in
// "Syrian President Bashar al-Assad". Built once per document, so naming
// "the Assad regime" costs a look-up, not a scan of the document.
using LeaderTitles = std::unordered_map<std::string, LeaderTitle>;

LeaderTitles leader_titles(const Document& doc, const Lexicon& lex) {
  LeaderTitles titles;
  for (const Sentence& s : doc.sentences)
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      std::string_view name = doc.form(doc.tokens[t]);
      if (!is_capitalised(name) || titles.count(std::string(name))) continue;
      bool titled = false;
      for (uint32_t j = t; j > s.first_token && t - j <= 6;) {
        std::string_view w = doc.form(doc.tokens[--j]);
        if (lex.is_role(ascii_lower(w))) {
          titled = true;
        } else if (titled) {
          LeaderTitle title;
          const NameEntry* named = lex.find_name(w);
          if (const std::string* c = lex.country_of_adjective(w)) title.country = *c;
          else if (named && named->kind == "country") title.country = named->name;
          else if (!lex.unknown_country_of(w).empty()) title.unknown_adjective = w;
          if (!title.country.empty() || !title.unknown_adjective.empty()) {
            titles.emplace(std::string(name), std::move(title));
            break;
          }
          // "Prime" of "Prime Minister", the "'s" of "Israel's"; any other
          // word ends the title.
          if (w != "’s" && w != "'s" && !is_capitalised(w)) break;
        }
      }
    }
  return titles;
}

class SentenceScanner {
 public:
  SentenceScanner(const Lexicon& lex, Document& doc, const Sentence& sentence, int index,
                  const std::string& main_country, const LeaderTitles& titles,
                  const std::vector<Mention>* model)
      : lex_(lex), doc_(doc), sentence_(sentence), index_(index), main_(main_country), titles_(titles),
        model_(model) {}

  void scan() {
    uint32_t k = sentence_.first_token;
    while (k < sentence_.end_token) {
      uint32_t next = step(k);
      k = next > k ? next : k + 1;
    }
  }

 private:
  std::string_view form(uint32_t k) const { return doc_.form(doc_.tokens[k]); }
  // Token k is a hyphen written inside a word ("al-Assad", "UK-based"); the
  // tokenizer splits such words the way UD English does.
  bool glued_hyphen(uint32_t k) const {
    return in_sentence(k) && k > sentence_.first_token && in_sentence(k + 1) &&
           unicode::is_dash(static_cast<unsigned char>(form(k)[0])) && form(k).size() == 1 &&
           !doc_.tokens[k - 1].space_after && !doc_.tokens[k].space_after;
  }
  // "al-Assad", "bin-Salman": a lower-case name particle glued to a capital.
  bool particle_start(uint32_t k) const {
    std::string l = lower(k);
    return (l == "al" || l == "el" || l == "ad" || l == "as" || l == "ash" || l == "bin") &&
           glued_hyphen(k + 1) && in_sentence(k + 2) && is_capitalised(form(k + 2));
  }
  std::string lower(uint32_t k) const { return ascii_lower(form(k)); }
  bool in_sentence(uint32_t k) const { return k < sentence_.end_token; }

  // The words [k, k+n) joined by single spaces, lower-cased or as written.
  std::optional<std::string> phrase(uint32_t k, size_t n, bool lowered) const {
    if (k + n > sentence_.end_token) return std::nullopt;
    std::string out;
    for (size_t i = 0; i < n; ++i) {
      if (i) out += ' ';
      out += lowered ? lower(k + i) : std::string(form(k + i));
    }
    return out;
  }

  // The text of the words [first, end), as written.
  std::string_view text(uint32_t first, uint32_t end) const {
    return doc_.slice({doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end});
  }

  void emit(uint32_t first, uint32_t end, NodeType type, std::string kind, std::string name) {
    Mention m;
    m.first_token = first;
    m.end_token = end;
    m.span = {doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end};
    m.type = type;
    m.kind = std::move(kind);
    m.text = std::string(doc_.slice(m.span));
    m.name = name.empty() ? m.text : std::move(name);
    m.sentence = index_;
    doc_.mentions.push_back(std::move(m));
  }

  // Emits the mention; a place followed by "province" or "governorate"
  // becomes that larger unit ("Aleppo province"), and so does one after
  // "province of" ("the northern province of Aleppo"). Returns the end token.
  uint32_t emit_place_or(uint32_t first, uint32_t end, NodeType type, std::string kind) {
    if (type == NodeType::Place && first >= sentence_.first_token + 2 && lower(first - 1) == "of" &&
        lex_.is_place_suffix(lower(first - 2))) {
      std::string unit = lower(first - 2);
      std::string name = std::string(text(first, end)) + " " + unit;
      emit(first, end, type, unit, name);
      return end;
    }
    if (type == NodeType::Place && in_sentence(end) && lex_.is_place_suffix(form(end))) {
      std::string name = std::string(text(first, end)) + " " + std::string(form(end));
      emit(first, end + 1, type, ascii_lower(form(end)), name);
      return end + 1;
    }
    emit(first, end, type, std::move(kind), "");
    return end;
  }

  std::string adjective_name(const std::string& country) const {
    return country.empty() ? "" : lex_.adjective_of(country) + " ";
  }

  // Length of the role phrase starting at k (case-insensitive), or 0.
  size_t role_at(uint32_t k) const {
    for (size_t n = std::min(lex_.longest_role(), size_t(5)); n >= 1; --n) {
      auto p = phrase(k, n, true);
      if (p && lex_.is_role(*p)) return n;
    }
    return 0;
  }

  // The end of a role's capitalised field after "for" / "of" starting at k
  // ("High Commissioner for Human Rights Zeid ...", "Minister of Foreign
  // Affairs X"), so that the name after it is the role holder's; k itself
  // when there is none. Every word of the field must be a portfolio word and
  // a name must follow it.
  uint32_t role_field_end(uint32_t k) const {
    if (!in_sentence(k) || (lower(k) != "for" && lower(k) != "of")) return k;
    uint32_t end = k + 1;
    bool capital = false;  // a lower-case field ("minister of state") is not a name's
    for (; in_sentence(end) && lex_.is_portfolio_word(lower(end)); ++end)
      capital = capital || is_capitalised(form(end));
    return capital && in_sentence(end) && is_capitalised(form(end)) ? end : k;
  }

  // A collective actor at k: [adjective] head phrase. Returns the end token.
  uint32_t actor_at(uint32_t k) {
    if (uint32_t end = actor_from(k, k, possessor_country(k), false); end > k) return end;
    // "Aleppo factions", "Idlib rebels": a town's own armed groups.
    if (const NameEntry* place = lex_.find_name(form(k));
        place && place->type == NodeType::Place && place->kind != "country" && in_sentence(k + 1)) {
      std::string head = lower(k + 1);
      if (head == "factions" || head == "rebels" || head == "militias" || head == "fighters" ||
          head == "brigades" || head == "insurgents") {
        emit(k, k + 2, NodeType::Group, "armed-group",
             std::string(form(k)) + " " + std::string(form(k + 1)));
        return k + 2;
      }
    }
    const std::string* country = nullptr;
    if (uint32_t a = country_adjective_at(k, &country); a > k) return actor_from(k, a, country, false);
    // "Assad forces", "Assad regime": a leader's name before a state head;
    // "Karvenian forces": an adjective of a country no list knows; "Kurdish
    // militias": a people before a non-state head (the word of a people or a
    // faith is listed as never a name on its own, as are "Many", "Western").
    if (is_capitalised(form(k)) && !lex_.find_name(form(k)) &&
        (!lex_.is_not_name(form(k)) || (k > sentence_.first_token && !lex_.is_direction_word(lower(k))))) {
      if (looks_like_demonym(form(k))) {
        unknown_adjective_ = std::string(form(k));
        uint32_t end = actor_from(k, k + 1, nullptr, true);
        unknown_adjective_.clear();
        return end;
      }
      // "Assad's forces" as "Assad forces".
      bool possessive = in_sentence(k + 2) && (lower(k + 1) == "'s" || lower(k + 1) == "’s");
      return actor_from(k, k + (possessive ? 2 : 1), nullptr, true);
    }
    return k;
  }

  // Word k follows "of" after a direction, a place noun or a part of a
  // place: "southwest of Damascus", "the city of Damascus", "the outskirts
  // of Damascus" (the city, not its government).
  bool of_a_place_part(uint32_t k) const {
    if (k < sentence_.first_token + 2 || lower(k - 1) != "of") return false;
    const std::string before = lower(k - 2);
    return lex_.is_direction_word(before) || lex_.is_place_noun(before) || before == "suburbs" ||
           before == "edge" || before == "centre" || before == "center" || before == "heart" ||
           before == "streets" || before == "outside";
  }

  // The document named `word` already: "GNA militias" after "the
  // Government of National Accord (GNA)" are the GNA's.
  bool named_earlier(std::string_view word) const {
    for (const Mention& m : doc_.mentions)
      if (m.text == word) return true;
    return false;
  }

  // Word k is a plural actor head right after the name of a group or an
  // organization ("Nusra Front militants"), or a singular noun for a whole
  // group ("the YPG militia", "the Hamas movement"): the group itself.
  bool follows_named_group(uint32_t k) const {
    if (doc_.mentions.empty() || k == sentence_.first_token) return false;
    const Mention& before = doc_.mentions.back();
    if (before.sentence != index_ || before.end_token != k ||
        (before.type != NodeType::Group && before.type != NodeType::Organization) || !is_capitalised(form(k - 1)))
      return false;
    static const std::set<std::string> kWholeGroup = {"militia", "group", "faction", "movement", "alliance",
                                                      "coalition", "network", "organisation", "organization"};
    if (kWholeGroup.count(lower(k))) return true;
    const ActorEntry* actor = lex_.find_actor(lower(k));
    return actor && actor->role == "non-state" && !form(k).empty() && form(k).back() == 's';
  }

  // A country's adjective at k, of one word or two ("Syrian", "North
  // Korean"): its end, with the country; k when there is none.
  uint32_t country_adjective_at(uint32_t k, const std::string** country) const {
    if (!in_sentence(k)) return k;
    if (in_sentence(k + 1) && is_capitalised(form(k + 1)))
      if (const std::string* c = lex_.country_of_adjective(text(k, k + 2))) {
        *country = c;
        return k + 2;
      }
    if (const std::string* c = lex_.country_of_adjective(form(k))) {
      *country = c;
      return k + 1;
    }
    return k;
  }

  // The words at a are what a country's adjective before them owns: "its
  // Russian ally", "Turkish bases", "a Saudi air base".
  bool owned_by_adjective(uint32_t a) const {
    if (!in_sentence(a)) return false;
    const std::string w = lower(a);
    if (w == "ally" || w == "allies" || w == "backer" || lex_.is_held_by_noun(w)) return true;
    return in_sentence(a + 1) && !is_capitalised(form(a)) &&
           (doc_.tokens[a].upos == "NOUN" || doc_.tokens[a].upos == "ADJ") && lex_.is_held_by_noun(lower(a + 1));
  }

  // The country named just before k as its possessor: "Russia's army",
  // "Turkey's defence ministry"; else null.
  const std::string* possessor_country(uint32_t k) const {
    if (k < sentence_.first_token + 2 || (lower(k - 1) != "'s" && lower(k - 1) != "’s") || doc_.mentions.empty())
      return nullptr;
    const Mention& before = doc_.mentions.back();
    if (before.sentence != index_ || before.end_token != k - 1 || before.kind != "country") return nullptr;
    return &before.name;
  }

  // The last word of a state actor phrase naming people, not machines:
  // "forces", "troops", "soldiers", "army".
  static bool is_personnel_head(const std::string& w) {
    return w == "forces" || w == "troops" || w == "soldiers" || w == "army" || w == "military" || w == "police";
  }

  // The end of the state actor phrase ("artillery", "warplanes") at j, or j.
  uint32_t state_phrase_end(uint32_t j) const {
    for (size_t n = std::min(lex_.longest_actor(), size_t(4)); n >= 1; --n) {
      auto p = phrase(j, n, true);
      const ActorEntry* next = p ? lex_.find_actor(*p) : nullptr;
      if (next && next->role == "state") return j + static_cast<uint32_t>(n);
    }
    return j;
  }

  // "Valdorian", "Karvenese", "Lesk-i": the endings of English demonyms.
  static bool looks_like_demonym(std::string_view w) {
    auto ends = [&](std::string_view suffix) {
      return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
    };
    return ends("ian") || ends("ean") || ends("ese") || ends("ish") || ends("ean");
  }

  // The actor whose head phrase starts at j, mention starting at k.
  uint32_t actor_from(uint32_t k, uint32_t j, const std::string* country, bool named_modifier) {
    if (!in_sentence(j)) return k;
    // "pro-government" and "government" may stand between the adjective and the head.
    for (size_t n = std::min(lex_.longest_actor(), size_t(4)); n >= 1; --n) {
      auto p = phrase(j, n, true);
      if (!p) continue;
      const ActorEntry* actor = lex_.find_actor(*p);
      if (!actor) continue;
      // A capitalised word after the first starts a name: "the opposition
      // Coalition for ..." is "opposition" and a name, not "opposition coalition".
      bool name_inside = false;
      for (size_t i = 1; i < n; ++i) name_inside = name_inside || is_capitalised(form(j + static_cast<uint32_t>(i)));
      if (name_inside) continue;
      // "Kurdish militias", "Houthi rebels": a people or a sect names a
      // non-state actor (not at a sentence's start, where any word is
      // capitalised: "Many rebels").
      std::string people;
      if (named_modifier && actor->role == "non-state" && k > sentence_.first_token && j == k + 1 &&
          (doc_.tokens[k].upos == "ADJ" || doc_.tokens[k].upos == "PROPN") && !named_earlier(form(k))) {
        // A listed name ("Houthi rebels" of the Houthis) is the name's.
        const uint32_t listed_end = j + static_cast<uint32_t>(n);
        if (const NameEntry* e = lex_.find_name(text(k, listed_end))) {
          emit(k, listed_end, e->type, e->kind, e->name);
          return listed_end;
        }
        // An acronym or a code ("RSF fighters", "M23 rebels") names a group,
        // not a people: the group is the name, as "the M23" writes it later.
        if (is_acronym(form(k)) || is_code_name(form(k))) {
          emit(k, listed_end, NodeType::Group, "armed-group", std::string(form(k)));
          return listed_end;
        }
        people = std::string(form(k));
      } else if (named_modifier &&
                 (lex_.is_not_name(form(k)) || (actor->role != "state" && actor->role != "government"))) {
        return k;
      }
      // A name before machines is a maker's ("Boeing jets", "Predator
      // drones"); only an adjective of a country no list knows makes them a
      // state's ("Dravian warplanes").
      if (named_modifier && unknown_adjective_.empty() && actor->role == "state" && actor->needs_country &&
          !is_personnel_head(lower(j + static_cast<uint32_t>(n) - 1)))
        return k;
      if (actor->needs_country && !country && !named_modifier) return k;
      uint32_t end = j + static_cast<uint32_t>(n);
      // The capitalised head of a longer name: "Government of National
      // Accord", "Army of Islam".
      if (is_capitalised(form(j)) && in_sentence(end + 1) && (lower(end) == "of" || lower(end) == "for") &&
          is_capitalised(form(end + 1)) && !lex_.is_not_name(form(end + 1)))
        return k;
      // A singular head before a noun is a modifier: "rebel leaflets", "army
      // band". Three kinds of modifier still name the actor: a state head
      // before another ("army artillery", "government warplanes": one
      // phrase), before a noun of the actor's things ("rebel positions",
      // "army checkpoint"), and before a role ("rebel commander").
      std::string_view last = form(end - 1);
      bool plural = !last.empty() && last.back() == 's';
      if (!plural && in_sentence(end)) {
        const bool of_state = actor->role == "state" || actor->role == "government";
        // A possessive joins them as well: "the regime's forces".
        const uint32_t next = of_state && (lower(end) == "'s" || lower(end) == "’s") ? end + 1 : end;
        uint32_t state_end = of_state ? state_phrase_end(next) : next;
        if (state_end > next) {
          actor = lex_.find_actor(lower(state_end - 1));
          end = state_end;
        } else if (glued_hyphen(end) && (lower(end + 1) == "besieged" || lower(end + 1) == "backed" ||
                                          lower(end + 1) == "led")) {
          // "rebel-besieged villages", "army-backed militias": the actor
          // of the participle.
        } else if (lex_.is_held_by_noun(lower(end))) {
          // A government's positions are its forces'; the opposition's,
          // its fighters'.
          if (actor->role == "government" && actor->kind == "government") actor = lex_.find_actor("government forces");
          if (actor->role == "opposition") actor = lex_.find_actor("rebels");
        } else if (const std::string& rel = doc_.tokens[end - 1].deprel; !rel.empty()) {
          // The parse tells: "rebel" in "rebel leaflets" is a compound.
          if (rel == "compound" && !role_at(end)) return k;
        } else {
          std::string_view next = form(end);
          if (!is_punct_token(next) && !is_capitalised(next) &&
              !ends_noun_phrase(ascii_lower(next)) && !role_at(end))
            return k;
        }
        if (!actor) return k;
      }
      // "Assad regime", "Trump administration": the leader's country where
      // the document titles the leader ("US President Donald Trump"); else
      // an administration is named as written (the word is used for any
      // country's government, so the main country is no safe guess), and a
      // regime or forces are the main country's.
      // The adjective of a country no list knows ("Dravian") or of a people.
      std::string adjective = people.empty() ? unknown_adjective_ : people;
      std::string leader;
      // "X said his government ...": the government of the person named
      // last before it, by the same titles.
      std::string holder;
      if (!named_modifier && !country && adjective.empty() && actor->role == "government" && j == k &&
          k > sentence_.first_token && (lower(k - 1) == "his" || lower(k - 1) == "her")) {
        for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend() && m->sentence == index_; ++m)
          if (m->type == NodeType::Person && m->end_token <= k) {
            holder = std::string(form(m->end_token - 1));
            break;
          }
      }
      if ((named_modifier || !holder.empty()) && adjective.empty()) {
        auto title = titles_.find(named_modifier ? std::string(form(k)) : holder);
        if (title != titles_.end()) {
          if (!title->second.country.empty()) {
            leader = title->second.country;
            country = &leader;
          } else {
            adjective = title->second.unknown_adjective;
          }
        } else if (named_modifier && actor->role == "government" && lower(end - 1) == "administration") {
          emit(k, end, actor->type, actor->kind, "");
          return end;
        }
      }
      std::string owner = country ? *country : main_;
      if (actor->role == "state" && country && *country != main_) {
        // A foreign state's forces stand for the state: "Russian warplanes" → Russia.
        emit(k, end, NodeType::Place, "country", *country);
        return end;
      }
      if (actor->role == "state" && !adjective.empty()) {
        // The same for a country no list knows: "Dravian warplanes" → Dravia.
        if (std::string unknown = lex_.unknown_country_of(adjective); !unknown.empty() && adjective != main_) {
          emit(k, end, NodeType::Place, "country", unknown);
          return end;
        }
      }
      std::string name = actor->name_pattern;
      if (auto pos = name.find("{Country} "); pos != std::string::npos)
        name.replace(pos, 10, adjective.empty() ? adjective_name(owner) : adjective + " ");
      emit(k, end, actor->type, actor->kind, name);
      return end;
    }
    return k;
  }

  // "the coalition", "coalition warplanes" after the document named one
  // coalition by its leader ("the Saudi-led coalition"): that coalition.
  // Returns the end of the mention, or k.
  uint32_t coalition_reference_at(uint32_t k) {
    const std::string_view w = form(k);  // in lower case, as a description is written
    if (w != "coalition" && w != "alliance") return k;
    const uint32_t end = in_sentence(k + 1) ? state_phrase_end(k + 1) : k + 1;
    if (end == k + 1 && (k == sentence_.first_token || lower(k - 1) != "the")) return k;
    const Mention* named = nullptr;
    for (const Mention& m : doc_.mentions) {
      if (m.kind != "coalition" || m.name.size() < w.size() ||
          ascii_lower(m.name).compare(m.name.size() - w.size(), w.size(), w) != 0)
        continue;
      if (named && named->name != m.name) return k;  // two coalitions: ambiguous
      named = &m;
    }
    if (!named) return k;
    emit(k, end, named->type, named->kind, named->name);
    return end;
  }

  // "the militants", "the jihadists": after "Islamic State militants
  // seized X", the description is the one armed group the text named in
  // this sentence or the two before (none when it named two). Returns the
  // end of the description, or k.
  // Word k follows "the" and only words that describe an armed group: a
  // country or a backer glued to a participle ("Iranian-backed",
  // "Iran-aligned"), a country's adjective, or a word of armed struggle.
  bool after_the_and_armed_modifiers(uint32_t k) const {
    static const std::set<std::string> kArmed = {"militant", "armed", "jihadist", "islamist", "rebel",
                                                 "insurgent", "extremist", "shiite", "shia", "sunni",
                                                 "hardline", "radical", "paramilitary", "separatist"};
    for (uint32_t j = k; j > sentence_.first_token && k - j < 6;) {
      --j;
      const std::string w = lower(j);
      if (w == "the") return true;
      const bool glued = glued_hyphen(j) || (j > sentence_.first_token && glued_hyphen(j - 1));
      if (glued || kArmed.count(w) || lex_.country_of_adjective(form(j))) continue;
      if (j + 1 < k && glued_hyphen(j + 1)) continue;  // "Iran" in "Iran-aligned"
      return false;
    }
    return false;
  }

  // "M23 rebels", "Seleka rebels": a group the text names with "rebels"
  // after it, not a country's rebels ("Syrian rebels").
  bool named_rebels(const Mention& m) const {
    // "Mountain Front rebels": the group's own noun after the name.
    if (m.end_token < doc_.tokens.size() && ascii_lower(doc_.form(doc_.tokens[m.end_token])) == "rebels")
      return true;
    constexpr std::string_view kRebels = " rebels";
    const std::string_view text = m.text;
    if (text.size() <= kRebels.size() || text.substr(text.size() - kRebels.size()) != kRebels) return false;
    const std::string_view before = text.substr(0, text.size() - kRebels.size());
    return !lex_.country_of_adjective(before) && !lex_.country_of_adjective(before.substr(0, before.find(' ')));
  }

  // "the rebels" is the one group the text named "X rebels" ("M23 rebels
  // captured X. The rebels ..."), anywhere before.
  // "The Iranian-backed group", "the militant movement": likewise, a
  // singular noun for a whole group, when no other body that could be "the
  // group" (a rights group, a monitor) was named with it.
  uint32_t armed_group_reference_at(uint32_t k) {
    static const std::set<std::string_view> kWords = {"militants", "jihadists", "extremists", "insurgents",
                                                      "rebels"};
    static const std::set<std::string_view> kWhole = {"group", "movement", "militia"};
    const bool whole = kWhole.count(form(k)) > 0;
    if (!kWords.count(form(k)) && !whole) return k;
    if (whole ? !after_the_and_armed_modifiers(k) : k == sentence_.first_token || lower(k - 1) != "the") return k;
    if (in_sentence(k + 1) && (doc_.tokens[k + 1].upos == "NOUN" || doc_.tokens[k + 1].upos == "PROPN")) return k;
    const bool rebels = form(k) == "rebels";
    const Mention* named = nullptr;
    for (const Mention& m : doc_.mentions) {
      if (whole && m.sentence + 2 >= index_ && m.type == NodeType::Organization &&
          (m.kind.empty() || m.kind == "ngo" || m.kind == "monitor" || m.kind == "media"))
        return k;  // "Human Rights Watch said ... the group": not the armed group
      if (m.type != NodeType::Group || (m.kind != "armed-group" && !m.kind.empty()) || !is_capitalised(m.text) ||
          lex_.find_actor(ascii_lower(m.text)))
        continue;
      if (rebels ? !named_rebels(m) : m.sentence + 2 < index_) continue;
      if (named && named->name != m.name) return k;  // two groups: ambiguous
      named = &m;
    }
    if (!named) return k;
    emit(k, k + 1, named->type, named->kind, named->name);
    return k + 1;
  }

  // "Saudi-led coalition", "U.S.-led alliance": a coalition named by its
  // leader, right after the leader's mention (the glued "-" at k). The
  // coalition is a group of its own; "-led" makes the leader a member
  // (relations). Returns the end of the coalition word, or k.
  uint32_t led_coalition_at(uint32_t k) {
    if (!glued_hyphen(k) || !in_sentence(k + 2) || lower(k + 1) != "led" || doc_.mentions.empty()) return k;
    const Mention& leader = doc_.mentions.back();
    if (leader.sentence != index_ || leader.end_token != k) return k;
    std::string head = lower(k + 2);
    if (head != "coalition" && head != "alliance") return k;
    emit(k + 2, k + 3, NodeType::Group, "coalition", std::string(text(leader.first_token, k + 3)));
    return k + 3;
  }

  // A known name starting at k (longest match, capitalised ends).
  uint32_t known_name_at(uint32_t k, const NameEntry** found) const {
    // "al-Qaeda", "al-Shabaab": a listed name may start with a particle.
    if (!is_capitalised(form(k)) && !is_acronym(form(k)) && !particle_start(k)) return k;
    if (form(k) == "The") return k;  // "The Levant Front": let the span decide
    // "North Korean" is an adjective, not the region "North".
    if (const std::string* c = nullptr; country_adjective_at(k, &c) == k + 2) return k;
    for (size_t n = std::min(lex_.longest_name(), size_t(8)); n >= 1; --n) {
      if (k + n > sentence_.end_token) continue;
      std::string_view last = form(k + static_cast<uint32_t>(n) - 1);
      if (!is_capitalised(last) && !unicode::is_digit(static_cast<unsigned char>(last[0])))
        continue;
      // Join as written so "U.N." and "al-Nusra" keep their forms.
      std::string_view joined = text(k, k + static_cast<uint32_t>(n));
      if (n == 1 && lex_.is_not_name(joined)) return k;
      if (const NameEntry* e = lex_.find_name(joined)) {
        // A single capitalised common word at the start of a sentence is
        // only a name if the tagger says so.
        if (n == 1 && k == sentence_.first_token && is_function_or_verb(doc_.tokens[k].upos))
          return k;
        // A listed acronym written in lower case ("Nato", "Isis") names it
        // only when no other name word follows: "Nicu Popescu" is a person,
        // not the NICU.
        if (n == 1 && !lex_.is_listed_as_written(joined) && is_acronym(e->name) && !is_acronym(joined) &&
            in_sentence(k + 1) && is_capitalised(form(k + 1)) && !role_at(k + 1))
          return k;
        *found = e;
        return k + static_cast<uint32_t>(n);
      }
    }
    return k;
  }

  // "Ki-moon", "Jong-un": a short name part glued by hyphen j to a short
  // lower-case syllable (Korean given names), not "UN-run" or "US-led".
  bool syllable_after_hyphen(uint32_t j) const {
    static const std::set<std::string_view> kWords = {
        "led", "run", "era", "held", "born", "type", "made", "wide", "like", "free", "only", "old", "long",
        "day", "war", "time", "term", "year", "west", "east", "side", "hand", "area", "zone", "pro", "anti",
        "non", "bred", "fed", "set", "up", "out", "off", "on"};
    std::string_view before = form(j - 1), after = form(j + 1);
    auto all_lower = [](std::string_view w) {
      return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    return before.size() >= 2 && before.size() <= 5 && is_capitalised(before) && !is_acronym(before) &&
           after.size() >= 2 && after.size() <= 4 && all_lower(after) &&
           kWords.count(after) == 0 &&
           (j + 2 >= sentence_.end_token || !glued_hyphen(j + 2));
  }

  // The end of a capitalised span starting at k.
  uint32_t cap_span_end(uint32_t k) const {
    uint32_t j = k + 1;
    while (in_sentence(j)) {
      std::string_view f = form(j);
      // "al-Assad", "Ja’afari-Smith": glued hyphens inside a name.
      if (glued_hyphen(j) && in_sentence(j + 1) && (is_capitalised(form(j + 1)) || syllable_after_hyphen(j))) {
        j += 2;
        continue;
      }
      if (particle_start(j)) {
        j += 3;
        continue;
      }
      if (is_capitalised(f) && !lex_.is_not_name(f) && !role_at(j) &&
          !lex_.is_honorific(f)) {
        ++j;
        continue;
      }
      // "Coalition for a Free Valdoria", "Party of the Right": of/for, an
      // article, then a capitalised word, after a head word.
      if ((ascii_lower(f) == "of" || ascii_lower(f) == "for") && in_sentence(j + 2) &&
          lex_.head_type(form(j - 1)) && (lower(j + 1) == "a" || lower(j + 1) == "the") &&
          is_capitalised(form(j + 2)) && !lex_.is_not_name(form(j + 2))) {
        j += 3;
        continue;
      }
      // Connectors join two capitalised words: "de Mistura", "Committee for Refugees".
      if (lex_.is_connector(ascii_lower(f)) && in_sentence(j + 1) && is_capitalised(form(j + 1)) &&
          !lex_.is_not_name(form(j + 1))) {
        std::string l = ascii_lower(f);
        bool of_like = l == "of" || l == "for" || l == "the";
        if (of_like && !lex_.head_type(form(j - 1))) break;
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  // The statistical model's type for tokens [first, end): a model mention
  // with the same last word that overlaps the span.
  std::optional<NodeType> model_type(uint32_t first, uint32_t end) const {
    if (!model_) return std::nullopt;
    for (const Mention& m : *model_) {
      if (m.end_token == end && m.first_token < end && m.end_token > first) return m.type;
    }
    return std::nullopt;
  }

  // "accused neighbouring X of ...": a name no list knows after
  // "neighbouring" is a country (a town is "the nearby town of X").
  bool after_neighbouring(uint32_t first) const {
    if (first <= sentence_.first_token) return false;
    const std::string prev = lower(first - 1);
    return prev == "neighbouring" || prev == "neighboring";
  }

  std::optional<NodeType> type_span(uint32_t first, uint32_t end, bool after_title,
                                    bool after_role) const {
    uint32_t n = end - first;
    if (after_title) return NodeType::Person;
    // A negotiating committee or council is a party's delegation to talks,
    // a group (GUIDELINES: opposition coalitions and delegations), whatever
    // its head word: "Supreme Negotiating Council", "Negotiations Committee".
    for (uint32_t j = first; j + 1 < end; ++j) {
      const std::string w = lower(j);
      if ((w == "negotiations" || w == "negotiating" || w == "negotiation") && lex_.head_type(form(end - 1)))
        return NodeType::Group;
    }
    // The last head word in the name types it: "Observatory for Human Rights".
    for (uint32_t j = end; j > first;) {
      --j;
      if (auto t = lex_.head_type(form(j))) return t;
    }
    if (after_role) return NodeType::Person;
    if (is_acronym(form(first)) && n == 1) return NodeType::Organization;
    // Context after the span: ", a spokesman", ", who", "said"; "X has been
    // besieged", "X was shelled": a verb whose object is a place.
    if (in_sentence(end)) {
      uint32_t verb = end;
      while (verb < end + 2 && in_sentence(verb + 1) &&
             (lower(verb) == "has" || lower(verb) == "have" || lower(verb) == "had" || lower(verb) == "was" ||
              lower(verb) == "were" || lower(verb) == "been" || lower(verb) == "is"))
        ++verb;
      // (Not "captured" or "seized": people are captured too.)
      static const std::set<std::string_view> kPlaceOnly = {"besieged", "shelled",  "bombed",  "bombarded",
                                                            "encircled", "blockaded", "overrun", "surrounded",
                                                            "recaptured", "retaken"};
      if (verb > end && kPlaceOnly.count(lower(verb)) && n <= 2) return NodeType::Place;
    }
    if (in_sentence(end)) {
      std::string next = lower(end);
      if (lex_.is_person_verb(next) && n >= 2) return NodeType::Person;
      if (next == "," && in_sentence(end + 1)) {
        std::string after = lower(end + 1);
        if (after == "who") return NodeType::Person;
        if ((after == "a" || after == "an" || after == "the") && in_sentence(end + 2)) {
          for (uint32_t r = end + 2; r < std::min(end + 6, sentence_.end_token); ++r)
            if (role_at(r)) return NodeType::Person;
          // ", a (rebel-held) town in ...", ", the provincial capital": a
          // place noun heading the apposition (not "the town's mayor").
          for (uint32_t r = end + 2; r < std::min(end + 7, sentence_.end_token) && form(r) != "," && form(r) != "(";
               ++r) {
            if (!lex_.is_place_noun(lower(r))) continue;
            const bool headed = !in_sentence(r + 1) ||
                                (doc_.tokens[r + 1].upos != "NOUN" && doc_.tokens[r + 1].upos != "PROPN" &&
                                 doc_.tokens[r + 1].upos != "PART");
            if (headed) return NodeType::Place;
            break;
          }
        }
      }
    }
    // Context before: "in X", "the town of X", "news agency X".
    if (first > sentence_.first_token) {
      std::string prev = lower(first - 1);
      if (lex_.is_organization_noun(prev)) return NodeType::Organization;
      if (lex_.is_place_verb(prev) && n <= 2) return NodeType::Place;
      // "to" after an adjective or a participle relates, not moves: "forces
      // loyal to X", "a group linked to X", "according to X".
      static const std::set<std::string_view> kRelating = {"linked",    "allied",   "tied",     "related",
                                                           "connected", "affiliated", "aligned", "according",
                                                           "opposed",   "attached",  "subordinate"};
      const bool relating_to = prev == "to" && first >= sentence_.first_token + 2 &&
                               (doc_.tokens[first - 2].upos == "ADJ" || kRelating.count(lower(first - 2)));
      if (lex_.is_place_preposition(prev) && n <= 2 && !relating_to) return NodeType::Place;
      if (after_neighbouring(first) && n <= 2) return NodeType::Place;
      if (prev == "of" && first >= sentence_.first_token + 2 &&
          (lex_.is_place_noun(lower(first - 2)) || lex_.is_place_of_noun(lower(first - 2))) && n <= 3)
        return NodeType::Place;
      // "the Afghan capital, X", "a nearby town, X": the name in apposition
      // to a place noun (not "in the town, X said").
      if (prev == "," && first >= sentence_.first_token + 2 && lex_.is_place_noun(lower(first - 2)) &&
          n <= 3 && !(in_sentence(end) && lex_.is_person_verb(lower(end))))
        return NodeType::Place;
    }
    // Two to four capitalised words with no other cue: most often a person,
    // unless a word is an acronym ("RIA Novosti").
    bool acronym_word = false;
    for (uint32_t j = first; j < end; ++j) acronym_word = acronym_word || is_acronym(form(j));
    if (n >= 2 && n <= 4 && !acronym_word) return NodeType::Person;
    return std::nullopt;
  }

  uint32_t step(uint32_t k) {
    std::string_view f = form(k);
    if (uint32_t end = led_coalition_at(k); end > k) return end;
    if (uint32_t end = coalition_reference_at(k); end > k) return end;
    if (uint32_t end = armed_group_reference_at(k); end > k) return end;
    if (is_punct_token(f)) {
      pending_title_ = pending_role_ = false;
      return k + 1;
    }
    // "Nusra Front militants", "Hamas fighters": the named group's own
    // members are the group, not a second actor.
    if (follows_named_group(k)) {
      // A body no list knows that has fighters or a militia of its own
      // ("TLF fighters") is an armed group.
      Mention& named = doc_.mentions.back();
      if (named.type == NodeType::Organization && named.kind.empty()) {
        named.type = NodeType::Group;
        named.kind = "armed-group";
      }
      return k + 1;
    }
    if (uint32_t end = actor_at(k); end > k) {
      pending_title_ = pending_role_ = false;
      return end;
    }
    if (size_t n = role_at(k)) {
      pending_role_ = true;
      return role_field_end(k + static_cast<uint32_t>(n));
    }
    // "the town of Sheikh Miskeen": after a place noun the title word is
    // the first word of the place's name.
    bool names_place = k >= sentence_.first_token + 2 && lower(k - 1) == "of" && lex_.is_place_noun(lower(k - 2));
    if ((lex_.is_honorific(f) || lex_.is_military_title(f)) && !names_place) {
      pending_title_ = true;
      return k + 1;
    }
    const NameEntry* entry = nullptr;
    uint32_t known_end = known_name_at(k, &entry);
    // A longer capitalised name with a head word wins over a known name inside
    // it: "Levant Front" over "Levant", "Aleppo Media Centre" over "Aleppo".
    if (known_end > k && is_capitalised(f)) {
      uint32_t span_end = cap_span_end(k);
      if (span_end > known_end && lex_.head_type(form(span_end - 1)) &&
          !lex_.is_place_suffix(form(span_end - 1)))
        known_end = k;
      // After a title, a longer name is a person's: "Sheikh Sabah al-Khalid"
      // (not the place "Sabah").
      if (pending_title_ && span_end > known_end && entry && entry->kind != "country") known_end = k;
    }
    if (uint32_t end = known_end; end > k) {
      // A capital used for its government: "Moscow said" (not "in Moscow",
      // nor "in Paris, Berlin and Rome", where the list began as cities).
      bool locative = k > sentence_.first_token &&
                      (lex_.is_place_preposition(lower(k - 1)) || lower(k - 1) == "capital" ||
                       lower(k - 1) == "city" || of_a_place_part(k));
      // "an offensive on Kabul", "besieged Kabul": the city attacked.
      locative = locative || (k > sentence_.first_token && lex_.is_place_verb(lower(k - 1))) ||
                 (k >= sentence_.first_token + 2 && (lower(k - 1) == "on" || lower(k - 1) == "against") &&
                  lex_.is_held_by_noun(lower(k - 2)));
      // "London-based": where a body sits is the city.
      locative = locative || (glued_hyphen(end) && (lower(end + 1) == "based" || lower(end + 1) == "headquartered"));
      if (!locative && k > sentence_.first_token && !doc_.mentions.empty() &&
          (lower(k - 1) == "," || lower(k - 1) == "and" || lower(k - 1) == "or")) {
        const Mention& before = doc_.mentions.back();
        locative = before.sentence == index_ && before.end_token + 1 == k && before.type == NodeType::Place &&
                   before.kind != "country";
      }
      const std::string* capital_of = lex_.country_of_capital(text(k, end));
      if (capital_of && !locative) {
        if (*capital_of == main_)
          emit(k, end, NodeType::Organization, "government", adjective_name(main_) + "government");
        else
          emit(k, end, NodeType::Place, "country", *capital_of);
      } else if (entry->kind == "country" || entry->type != NodeType::Place) {
        emit(k, end, entry->type, entry->kind, entry->name);
      } else {
        end = emit_place_or(k, end, entry->type, entry->kind);
      }
      pending_title_ = pending_role_ = false;
      return end;
    }
    const std::string* country = nullptr;
    if (uint32_t a = country_adjective_at(k, &country); a > k) {
      // "Russian Foreign Minister ..." names the country; "the Russians" too;
      // so does "Russian-backed". The adjective is the words [k, a).
      std::string_view last = form(a - 1);
      bool plural_noun = last.size() > 1 && last.back() == 's' && !in_sentence(a);
      // "Russian and Syrian warplanes": the first adjective shares the head.
      const std::string* second = nullptr;
      if (in_sentence(a + 2) && (lower(a) == "and" || lower(a) == ",") && country_adjective_at(a + 1, &second) > a + 1 &&
          actor_at(a + 1) > a + 1) {
        const Mention other = doc_.mentions.back();
        doc_.mentions.pop_back();
        if (*country != main_) {
          emit(k, a, NodeType::Place, "country", *country);
        } else {
          emit(k, a, other.type, other.kind, adjective_name(main_) + "government forces");
        }
        doc_.mentions.push_back(other);
        return other.end_token;
      }
      if ((in_sentence(a) && role_at(a)) || plural_noun || glued_hyphen(a) || owned_by_adjective(a) ||
          (last.back() == 's' && in_sentence(a) && !is_capitalised(form(a)))) {
        emit(k, a, NodeType::Place, "country", *country);
        return a;
      }
      // Otherwise an adjective ("Syrian peace talks"): part of a name only
      // when a name follows that starts with it.
      if (!in_sentence(a) || !is_capitalised(form(a))) return a;
    }
    // The same for a country no list knows, named from its adjective:
    // "Karvenian Foreign Minister X" (Karvenia), "its Dravian ally".
    if (std::string unknown = lex_.unknown_country_of(f);
        !unknown.empty() && in_sentence(k + 1) &&
        (role_at(k + 1) || lower(k + 1) == "ally" || lower(k + 1) == "allies" || glued_hyphen(k + 1))) {
      emit(k, k + 1, NodeType::Place, "country", unknown);
      return k + 1;
    }
    if (!is_capitalised(f) && !is_acronym(f) && !particle_start(k)) {
      // "the state department spokesman": an institution's name written in
      // lower case, recognised only right before a role.
      for (uint32_t n = 3; n >= 2; --n) {
        if (!in_sentence(k + n) || !role_at(k + n)) continue;
        const NameEntry* e = lex_.find_name(text(k, k + n));
        if (e && e->type == NodeType::Organization) {
          emit(k, k + n, e->type, e->kind, e->name);
          return k + n;
        }
      }
      pending_title_ = pending_role_ = false;
      return k + 1;
    }
    uint32_t end = cap_span_end(k);
    // A word that is rarely a name ("Northern", "Islamist") starts one only
    // when a head word ends it: "Northern Liberation Front".
    if (lex_.is_not_name(f) &&
        (end == k + 1 || f == "The" || f == "A" || f == "An" || !lex_.head_type(form(end - 1))))
      return k + 1;
    // "de Mistura said": a lower-case particle before the name belongs to it.
    uint32_t start = k;
    if (k > sentence_.first_token && lex_.is_connector(lower(k - 1)) &&
        (k - 1 == sentence_.first_token || !is_capitalised(form(k - 2))) && lower(k - 1) != "of" &&
        lower(k - 1) != "for" && lower(k - 1) != "the" && lower(k - 1) != "and")
      start = k - 1;
    // A head word alone ("International", "Front") is no name.
    if (end == k + 1 && lex_.head_type(f)) return k + 1;
    // A single sentence-initial word the tagger calls a common word is no name.
    if (end == k + 1 && k == sentence_.first_token && !doc_.tokens[k].upos.empty() &&
        doc_.tokens[k].upos != "PROPN")
      return k + 1;
    if (auto type = type_span(k, end, pending_title_, pending_role_)) {
      const bool country = *type == NodeType::Place && start == k && after_neighbouring(k);
      end = emit_place_or(start, end, *type, country ? "country" : "");
    } else if (auto t = model_type(k, end); t && *t != NodeType::Person && end == k + 1 &&
               start == k && k != sentence_.first_token) {
      // No cue in the rules for a single word: the statistical model may
      // know it as a place or an organization.
      end = emit_place_or(start, end, *t, "");
    } else {
      // Untyped for now: the document may type the same name elsewhere.
      emit(start, end, NodeType::Place, "?", "");
    }
    pending_title_ = pending_role_ = false;
    return end;
  }

  const Lexicon& lex_;
  Document& doc_;
  const Sentence& sentence_;
  int index_;
  const std::string& main_;
  const LeaderTitles& titles_;
  const std::vector<Mention>* model_;
  std::string unknown_adjective_;  // "Valdorian" while naming "Valdorian forces"
  bool pending_title_ = false;  // "Mr", "Gen." just before
  bool pending_role_ = false;   // "envoy", "spokesman" just before
};

// Types the mentions left untyped ("?") from the rest of the document, and
// makes every mention of one name take the name's most frequent type.
void settle_types(Document& doc, const Lexicon& lex) {
  std::map<std::string, std::map<NodeType, int>> votes;
  std::map<std::string, int> person_surnames;
  for (const Mention& m : doc.mentions) {
    if (m.kind == "?") continue;
    votes[name_key(m.name)][m.type] += 1;
    if (m.type == NodeType::Person) {
      std::string key = name_key(m.name);
      auto space = key.rfind(' ');
      if (space != std::string::npos) person_surnames[key.substr(space + 1)] += 1;
    }
  }
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.kind != "?") continue;
    std::string key = name_key(m.name);
    if (auto it = votes.find(key); it != votes.end()) {
      m.type = std::max_element(it->second.begin(), it->second.end(),
                                [](auto& a, auto& b) { return a.second < b.second; })->first;
      m.kind.clear();
      continue;
    }
    std::string last_word = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
    if (person_surnames.count(key) || person_surnames.count(last_word)) {
      m.type = NodeType::Person;
      m.kind.clear();
      continue;
    }
    // Coordinated with a place: "Nubul and Zahraa", "X, Y and Z".
    auto neighbour_is_place = [&](size_t j) {
      const Mention& o = doc.mentions[j];
      if (o.kind == "?" || o.type != NodeType::Place || o.sentence != m.sentence) return false;
      uint32_t a = std::min(o.end_token, m.end_token), b = std::max(o.first_token, m.first_token);
      if (b < a || b - a > 1) return false;
      std::string between = b > a ? ascii_lower(doc.form(doc.tokens[a])) : "";
      return between == "and" || between == "," || between == "or";
    };
    if ((i > 0 && neighbour_is_place(i - 1)) ||
        (i + 1 < doc.mentions.size() && neighbour_is_place(i + 1))) {
      m.type = NodeType::Place;
      m.kind.clear();
    }
  }
  // Drop what stayed untyped, and generic words.
  doc.mentions.erase(std::remove_if(doc.mentions.begin(), doc.mentions.end(),
                                    [&](const Mention& m) {
                                      return m.kind == "?" || lex.is_generic(ascii_lower(m.name));
                                    }),
                     doc.mentions.end());
  // One type per name: the majority.
  votes.clear();
  for (const Mention& m : doc.mentions) votes[name_key(m.name)][m.type] += 1;
  for (Mention& m : doc.mentions) {
    const auto& v = votes[name_key(m.name)];
    NodeType best = m.type;
    int best_count = v.at(m.type);
    for (const auto& [type, count] : v)
      if (count > best_count) best = type, best_count = count;
    m.type = best;
  }
}

// The countries no list knows whose adjective the document uses, by name:
// "Valdoria" for "Valdorian" (most country adjectives are the name + "n":
// Syria/Syrian, Kenya/Kenyan).
std::set<std::string> unknown_countries(const Document& doc, const Lexicon& lex) {
  std::set<std::string> out;
  for (const Token& t : doc.tokens)
    if (std::string name = lex.unknown_country_of(doc.form(t)); !name.empty()) out.insert(std::move(name));
  return out;
}

// Mentions of those countries are the country, whatever the spans' own
// cues said ("Dravia, an ally of President X" is no person).
void type_unknown_countries(Document& doc, const Lexicon& lex) {
  const std::set<std::string> countries = unknown_countries(doc, lex);
  if (countries.empty()) return;
  for (Mention& m : doc.mentions) {
    if (!countries.count(m.name)) continue;
    m.type = NodeType::Place;
    m.kind = "country";
  }
}

// "X, the Valdorian capital", "X, a farming town of 40,000": a name in
// apposition to a place noun is a place, whatever its own cues said.
void type_by_place_apposition(Document& doc, const Lexicon& lex) {
  for (Mention& m : doc.mentions) {
    if (m.type == NodeType::Place) continue;
    const Sentence& s = doc.sentences[m.sentence];
    uint32_t k = m.end_token;
    if (k + 2 >= s.end_token || doc.form(doc.tokens[k]) != ",") continue;
    std::string det = ascii_lower(doc.form(doc.tokens[k + 1]));
    if (det != "the" && det != "a" && det != "an") continue;
    // Up to three modifiers ("a mainly agricultural town"), then the noun.
    for (uint32_t j = k + 2; j < s.end_token && j <= k + 5; ++j) {
      const Token& t = doc.tokens[j];
      if (lex.is_place_noun(ascii_lower(doc.form(t)))) {
        bool head = j + 1 >= s.end_token || doc.tokens[j + 1].upos != "NOUN";
        if (head) {
          m.type = NodeType::Place;
          m.kind = ascii_lower(doc.form(t));
        }
        break;
      }
      if (t.upos != "ADJ" && t.upos != "ADV" && t.upos != "NUM" && t.upos != "PROPN" && t.upos != "NOUN") break;
    }
  }
}

// "northern Aleppo", "rural Idlib": a town or city named with a direction
// word before it stands for the province around it when the document also
// names that unit ("Aleppo province", "the province of Idlib"). "central"
// is left out: "central Damascus" is the city's centre.
void name_surrounding_units(Document& doc, const Lexicon& lex) {
  std::map<std::string, const Mention*> units;  // name key of the place → its unit mention
  for (const Mention& m : doc.mentions) {
    if (m.type != NodeType::Place || !lex.is_unit_kind(m.kind)) continue;
    if (m.name.size() <= m.kind.size() + 1) continue;
    units.emplace(name_key(m.name.substr(0, m.name.size() - m.kind.size() - 1)), &m);
  }
  if (units.empty()) return;
  for (Mention& m : doc.mentions) {
    if (m.type != NodeType::Place || m.kind == "country") continue;
    if (m.first_token == 0 || m.first_token <= doc.sentences[m.sentence].first_token) continue;
    std::string before = ascii_lower(doc.form(doc.tokens[m.first_token - 1]));
    if (!lex.is_direction_word(before) || before == "central" || before == "centre") continue;
    auto it = units.find(name_key(m.name));
    if (it == units.end()) continue;
    m.name = it->second->name;
    m.kind = it->second->kind;
  }
}

// EntityRecognizer::main_country, with the document's leader titles built once
// for the recognizer's scan too.
std::string setting_of(const Document& doc, const Lexicon& lexicon, const LeaderTitles& leaders) {
  // The country the events happen in, by points: its name 2, its adjective
  // 1, a town of it 2 (not more: the town of peace talks is named as often
  // as the towns of the war), "in northern X" or "targets in X" 3 more; a
  // word of the title counts three times.
  // Direction words some lists give as regions ("Eastern", "North") count
  // for no country. Its own state and its rebels are the strongest sign: an
  // adjective before "government", "president", "regime", "opposition" or
  // "rebels" adds 3 ("the Valdorian government"), where a foreign power in
  // the same war is named by its military ("Russian warplanes").
  std::map<std::string, int> score;
  std::map<std::string, size_t> first_seen;
  std::map<std::string, bool> named;  // the country itself is named or qualified
  std::vector<Token> title_tokens = tokenize_text(doc.title);
  auto title_form = [&](const Token& t) {
    return std::string_view(doc.title).substr(t.span.begin, t.span.end - t.span.begin);
  };
  auto count = [&](std::string_view word, int weight, size_t position) {
    const std::string* country = lexicon.country_of_adjective(word);
    int w = weight;
    bool is_town = false;
    if (!country && (country = lexicon.country_of_capital(word))) {
      // A capital is a town of its country, whatever other towns share
      // its name (Tripoli, Libya; Tripoli, Lebanon).
      w = 2 * weight;
      is_town = true;
    } else if (!country) {
      const NameEntry* e = lexicon.find_name(word);
      if (!e || e->type != NodeType::Place) return;
      if (e->kind == "country") {
        country = &e->name;
        w = 2 * weight;
      } else if (!e->country.empty()) {
        country = &e->country;  // events happen in towns
        w = 2 * weight;
        is_town = true;
      } else {
        return;
      }
    }
    if (lexicon.is_direction_word(ascii_lower(word))) return;  // only for the words that name a country
    score[*country] += w;
    first_seen.emplace(*country, position);
    if (!is_town) named[*country] = true;
  };
  for (const Token& t : title_tokens) count(title_form(t), 3, 0);
  for (size_t k = 0; k < doc.tokens.size(); ++k) count(doc.form(doc.tokens[k]), 1, k + 1);
  // "in northern Syria", "in eastern Ukraine", "targets in Syria", "the war
  // in Syria": the text says where things happen; a foreign power acting
  // there is named by its forces.
  static const std::set<std::string> kEvents = {"war", "fighting", "conflict", "crisis", "violence",
                                                "ceasefire", "truce", "intervention", "involvement"};
  auto located = [&](const std::vector<std::string_view>& words, int weight) {
    for (size_t k = 2; k < words.size(); ++k) {
      const bool direction = ascii_lower(words[k - 2]) == "in" && lexicon.is_direction_word(ascii_lower(words[k - 1]));
      const std::string event = ascii_lower(words[k - 2]);
      const bool of_event = ascii_lower(words[k - 1]) == "in" && (kEvents.count(event) || lexicon.is_held_by_noun(event));
      if (!direction && !of_event) continue;
      const NameEntry* e = lexicon.find_name(words[k]);
      if (e && e->kind == "country") score[e->name] += 3 * weight;
    }
  };
  {
    std::vector<std::string_view> title_words, body_words;
    for (const Token& t : title_tokens) title_words.push_back(title_form(t));
    for (const Token& t : doc.tokens) body_words.push_back(doc.form(t));
    located(title_words, 3);
    located(body_words, 1);
  }
  // A leader the text titles with his country ("Valdorian President X")
  // named in the title speaks for that country as its name would: "X
  // threatens Y" is a story of X's country.
  for (const Token& t : title_tokens) {
    auto it = leaders.find(std::string(title_form(t)));
    if (it == leaders.end()) continue;
    const std::string& country =
        it->second.country.empty() ? it->second.unknown_adjective : it->second.country;
    score[country] += 2 * 3;
    first_seen.emplace(country, 0);
    named[country] = true;
  }
  // A country no list knows shows itself by its adjective ("Valdorian"):
  // such a word counts as its own country, so its forces are "Valdorian
  // government forces", not a foreign country's. Its name, where the
  // adjective is the name plus "n" ("Valdoria"), counts twice, as a known
  // country's does; in the title, three times that.
  std::map<std::string, std::string> unknown_country_names;  // "Valdoria" → "Valdorian"
  auto count_unknown = [&](std::string_view f, int weight, size_t position) {
    if (!lexicon.is_unknown_demonym(f)) return;
    std::string word(f);
    score[word] += weight;
    first_seen.emplace(word, position);
    named[word] = true;
    if (std::string name = lexicon.unknown_country_of(f); !name.empty()) unknown_country_names.emplace(name, word);
  };
  for (const Token& t : title_tokens) count_unknown(title_form(t), 3, 0);
  for (size_t k = 0; k < doc.tokens.size(); ++k) count_unknown(doc.form(doc.tokens[k]), 1, k + 1);
  auto count_unknown_name = [&](std::string_view f, int weight) {
    auto it = unknown_country_names.find(std::string(f));
    if (it != unknown_country_names.end()) score[it->second] += 2 * weight;
  };
  if (!unknown_country_names.empty()) {
    for (const Token& t : title_tokens) count_unknown_name(title_form(t), 3);
    for (size_t k = 0; k < doc.tokens.size(); ++k) count_unknown_name(doc.form(doc.tokens[k]), 1);
  }
  // The state's own institutions and its rebels.
  for (size_t k = 0; k + 1 < doc.tokens.size(); ++k) {
    std::string next = ascii_lower(doc.form(doc.tokens[k + 1]));
    if (next != "government" && next != "president" && next != "regime" && next != "opposition" &&
        next != "rebels")
      continue;
    std::string_view f = doc.form(doc.tokens[k]);
    if (const std::string* country = lexicon.country_of_adjective(f)) score[*country] += 3;
    else if (lexicon.is_unknown_demonym(f)) score[std::string(f)] += 3;
  }
  size_t named_count = 0;
  for (const auto& [country, is_named] : named) named_count += is_named ? 1 : 0;
  std::string best;
  for (const auto& [country, n] : score) {
    // Towns alone do not make a country the setting, nor does one passing
    // mention ("a UK-based monitor") among others.
    if (!named[country] || (n < 3 && named_count > 1)) continue;
    if (best.empty() || n > score[best] ||
        (n == score[best] && first_seen[country] < first_seen[best]))
      best = country;
  }
  return best;
}

}  // namespace

std::string EntityRecognizer::main_country(const Document& doc) const {
  return setting_of(doc, lexicon_, leader_titles(doc, lexicon_));
}

void EntityRecognizer::recognize(Document& doc, const std::vector<Mention>* model) const {
  doc.mentions.clear();
  const LeaderTitles titles = leader_titles(doc, lexicon_);
  doc.main_country = setting_of(doc, lexicon_, titles);
  const std::string& main = doc.main_country;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceScanner scanner(lexicon_, doc, doc.sentences[s], static_cast<int>(s), main, titles, model);
    scanner.scan();
  }
  type_unknown_countries(doc, lexicon_);
  type_by_place_apposition(doc, lexicon_);
  name_surrounding_units(doc, lexicon_);
  settle_types(doc, lexicon_);
}

}  // namespace newsgraph
