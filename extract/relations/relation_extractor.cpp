#include "extract/relations/relation_extractor.h"

#include "extract/relations/dependency_relations.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <cstdlib>
#include <stdexcept>

namespace newsgraph {

RelationExtractor::RelationExtractor(const std::filesystem::path& patterns_dir,
                                     const std::filesystem::path& schema_path,
                                     const Lexicon& lexicon)
    : patterns_(PatternSet::load(patterns_dir, schema_path)), lexicon_(lexicon) {
  // The surface fallback reads the same rules: one trigger set per edge type.
  std::map<EdgeType, TriggerSet> by_type;
  for (const PatternRule& rule : patterns_.rules()) {
    TriggerSet& set = by_type[rule.type];
    set.type = rule.type;
    set.confidence = std::max(set.confidence, rule.confidence * 0.8);
    bool noun = std::find(rule.upos.begin(), rule.upos.end(), "NOUN") != rule.upos.end();
    bool modifier = std::any_of(rule.frames.begin(), rule.frames.end(),
                                [](const Frame* f) { return f->name == "modifier"; });
    for (const std::string& w : patterns_.words_of(rule)) {
      (noun ? set.nouns : set.verbs).push_back(w);
      if (modifier) set.modifiers.push_back("-" + w);
    }
  }
  for (auto& [type, set] : by_type) sets_.push_back(std::move(set));
  for (TriggerSet& set : sets_) {
    for (const auto& v : set.verbs) by_first_word_[v].push_back({set.type, set.confidence, Trigger::Verb});
    for (const auto& n : set.nouns) by_first_word_[n].push_back({set.type, set.confidence, Trigger::Noun});
    for (const auto& m : set.modifiers) modifiers_.emplace_back(m, &set);
  }
}

// The relations of one sentence.
class SentenceRelations {
 public:
  SentenceRelations(const RelationExtractor& ex, Document& doc, int sentence)
      : ex_(ex), doc_(doc), sentence_(doc.sentences[sentence]), index_(sentence) {
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      if (doc.mentions[i].sentence == sentence && doc.mentions[i].entity >= 0)
        mentions_.push_back(static_cast<int>(i));
  }

  // parsed: the dependency rules ran already; only the constructions they
  // do not cover (titles and appositions, places, "X-based") run here.
  void run(bool parsed) {
    // One mention may still pair with a name elsewhere in the document
    // ("X, the Syrian capital").
    if (mentions_.empty()) return;
    for (uint32_t k = sentence_.first_token; k < sentence_.end_token; ++k) {
      if (!parsed) triggers_at(k);
      modifier_at(k, false);  // "X-backed Y" is reliable on the surface, parse or not
    }
    appositions();
    nominal_of_by();
    pro_modifiers();
    allies();
    named_members();
    of_which_members();
    locations();
    described_by_apposition();
  }

 private:
  std::string lower(uint32_t k) const { return ascii_lower(doc_.form(doc_.tokens[k])); }
  bool in_sentence(uint32_t k) const {
    return k >= sentence_.first_token && k < sentence_.end_token;
  }
  const Mention& mention(int i) const { return doc_.mentions[i]; }
  const DocEntity& entity_of(int i) const { return doc_.entities[mention(i).entity]; }

  // The mention covering token k, or -1.
  int mention_at(uint32_t k) const {
    for (int i : mentions_)
      if (mention(i).first_token <= k && k < mention(i).end_token) return i;
    return -1;
  }

  // Mentions coordinated with mention m ("X and Y", "X, Y and Z"), m included.
  std::vector<int> coordinated(int m, bool forward) const {
    std::vector<int> out = {m};
    int current = m;
    while (true) {
      const Mention& c = mention(current);
      uint32_t k = forward ? c.end_token : c.first_token - 1;
      if (!in_sentence(k)) break;
      std::string w = lower(k);
      if (w != "and" && w != "," && w != "or") break;
      uint32_t k2 = forward ? k + 1 : k - 1;
      if (in_sentence(k2) && forward && (lower(k2) == "and")) ++k2;
      if (!in_sentence(k2)) break;
      int next = mention_at(k2);
      if (next < 0 || next == current) break;
      out.push_back(next);
      current = next;
    }
    return out;
  }

  // The nearest mention before token k within `window` tokens, not across
  // a clause break.
  int mention_before(uint32_t k, uint32_t window) const {
    for (uint32_t j = k; j > sentence_.first_token && k - j < window;) {
      --j;
      std::string w = lower(j);
      if (w == ";" || w == ":" || w == "“" || w == "\"") return -1;
      int m = mention_at(j);
      if (m >= 0) {
        // Skip a possessor: in "X's spokesman said", the subject is not X.
        if (mention(m).end_token < sentence_.end_token &&
            (lower(mention(m).end_token) == "'s" || lower(mention(m).end_token) == "’s") &&
            mention(m).end_token + 1 < k) {
          j = mention(m).first_token;
          continue;
        }
        return m;
      }
    }
    return -1;
  }

  // A commentary verb among tokens [a, b): "X condemned the siege of Y"
  // names no besieger.
  bool commentary_between(uint32_t a, uint32_t b) const {
    for (uint32_t j = a; j < b && in_sentence(j); ++j)
      if (ex_.patterns_.is_commentary_verb(lower(j), doc_.tokens[j].lemma)) return true;
    return false;
  }

  // The first mention after token k within `window` tokens.
  int mention_after(uint32_t k, uint32_t window) const {
    for (uint32_t j = k; in_sentence(j) && j - k < window; ++j) {
      std::string w = lower(j);
      if (w == ";" || w == "." || w == "“" || w == "\"" || w == "that" || w == "who" ||
          w == "which")
        return -1;
      int m = mention_at(j);
      if (m >= 0) return m;
    }
    return -1;
  }

  // "X, a Britain-based monitoring group": when the parse attaches the
  // word k to a noun that is in apposition to a name, that name; else -1.
  int apposed_to(uint32_t k) const {
    const uint32_t noun = static_cast<uint32_t>(doc_.tokens[k].head);  // -1 (root) is out of the sentence
    if (!in_sentence(noun) || mention_at(noun) >= 0 || doc_.tokens[noun].deprel != "appos") return -1;
    const uint32_t name = static_cast<uint32_t>(doc_.tokens[noun].head);
    return in_sentence(name) ? mention_at(name) : -1;
  }

  void flags(uint32_t trigger, bool& negated, bool& hedged) const {
    negated = hedged = false;
    for (uint32_t j = trigger; j > sentence_.first_token && trigger - j < 4;) {
      --j;
      std::string w = lower(j);
      if (w == "not" || w == "n't" || w == "never" || w == "no") negated = true;
      if (w == "may" || w == "might" || w == "could" || w == "would" || w == "if" ||
          w == "should")
        hedged = true;
      if (mention_at(j) >= 0) break;
    }
  }

  void add(EdgeType type, int source, int target, Span trigger, double confidence,
           const std::string& rule, const std::string& role = "") {
    if (source < 0 || target < 0) return;
    const Mention& s = mention(source);
    const Mention& t = mention(target);
    if (s.entity == t.entity) return;
    if (!relation_types_fit(type, doc_.entities[s.entity], doc_.entities[t.entity])) return;
    Relation r;
    r.type = type;
    r.source = s.entity;
    r.target = t.entity;
    r.sentence = index_;
    r.trigger = trigger;
    r.source_span = s.span;
    r.target_span = t.span;
    r.confidence = confidence;
    r.rule = rule;
    r.role = role;
    uint32_t first_trigger_token = 0;
    for (uint32_t k = sentence_.first_token; k < sentence_.end_token; ++k)
      if (doc_.tokens[k].span.begin >= trigger.begin) {
        first_trigger_token = k;
        break;
      }
    flags(first_trigger_token, r.negated, r.hedged);
    doc_.relations.push_back(std::move(r));
  }

  void add_all(EdgeType type, const std::vector<int>& sources, const std::vector<int>& targets,
               Span trigger, double confidence, const std::string& rule) {
    for (int s : sources)
      for (int t : targets) add(type, s, t, trigger, confidence, rule);
  }

  Span span_of(uint32_t first, uint32_t end) const {
    return {doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end};
  }

  // Without a parse: the rules' trigger words in surface order (single
  // words; the first rule listing the word decides).
  void triggers_at(uint32_t k) {
    auto it = ex_.by_first_word_.find(lower(k));
    if (it == ex_.by_first_word_.end()) return;
    const RelationExtractor::Trigger& trig = it->second.front();
    Span trigger = doc_.tokens[k].span;
    if (trig.kind == RelationExtractor::Trigger::Noun) noun_trigger(trig.type, k, k + 1, trigger, trig.confidence);
    else verb_trigger(trig.type, k, k + 1, trigger, trig.confidence);
  }

  void verb_trigger(EdgeType type, uint32_t k, uint32_t end, Span trigger, double confidence) {
    const std::string rule = fmt::format("{}:surface-verb", to_string(type));
    // Passive: "Y was besieged by X", "Y, backed by X".
    bool passive = in_sentence(end) && lower(end) == "by";
    if (passive) {
      int agent = mention_after(end + 1, 6);
      int patient = mention_before(k, 12);
      if (agent >= 0 && patient >= 0) {
        add_all(type, coordinated(agent, true), coordinated(patient, false), trigger, confidence,
                rule + ":passive");
      }
      return;
    }
    int subject = mention_before(k, 15);
    // Objects may follow a preposition: "negotiate with X", "called on X".
    int object = mention_after(end, 7);
    if (subject < 0 || object < 0) return;
    add_all(type, coordinated(subject, false), coordinated(object, true), trigger, confidence, rule);
  }

  void noun_trigger(EdgeType type, uint32_t k, uint32_t end, Span trigger, double confidence) {
    const std::string rule = fmt::format("{}:surface-noun", to_string(type));
    // "talks between X and Y"
    if (in_sentence(end) && lower(end) == "between") {
      int a = mention_after(end + 1, 4);
      if (a >= 0) {
        auto parties = coordinated(a, true);
        for (size_t i = 0; i < parties.size(); ++i)
          for (size_t j = i + 1; j < parties.size(); ++j)
            add(type, parties[i], parties[j], trigger, confidence, rule + ":between");
      }
      return;
    }
    // The agent: a mention ending right before the noun ("Russian airstrikes"
    // when the noun is the mention's head, "X's siege"), else the subject.
    int agent = mention_at(k);
    if (agent < 0 && k > sentence_.first_token) {
      uint32_t j = k - 1;
      if (lower(j) == "'s" || lower(j) == "’s") --j;
      agent = mention_at(j);
    }
    // The patient: "N of Y", "N on Y", "N against Y", "N with Y", "N for Y".
    int patient = -1;
    uint32_t after = end;
    if (in_sentence(after)) {
      std::string prep = lower(after);
      if (prep == "of" || prep == "on" || prep == "against" || prep == "with" || prep == "for" ||
          prep == "to" || prep == "in" || prep == "around")
        patient = mention_after(after + 1, 4);
    }
    // "the siege of Y by X"
    if (patient >= 0) {
      uint32_t pe = mention(patient).end_token;
      if (in_sentence(pe) && lower(pe) == "by") {
        int by = mention_after(pe + 1, 4);
        if (by >= 0) agent = by;
      }
    }
    if (agent < 0) {
      agent = mention_before(k, 10);
      if (agent >= 0 && commentary_between(mention(agent).end_token, k)) agent = -1;
    }
    if (agent < 0 || patient < 0) return;
    add_all(type, coordinated(agent, false), coordinated(patient, true), trigger, confidence, rule);
  }

  // "Russian-backed forces", "UK-based monitor": the tokenizer splits the
  // hyphen (UD style), so the prefix mention ends right before a glued "-".
  void modifier_at(uint32_t k, bool based_only) {
    if (doc_.form(doc_.tokens[k]) != "-" || k == sentence_.first_token || !in_sentence(k + 1) ||
        doc_.tokens[k - 1].space_after || doc_.tokens[k].space_after)
      return;
    int prefix = mention_at(k - 1);
    if (prefix < 0 || mention(prefix).end_token != k) return;
    std::string suffix = "-" + lower(k + 1);
    int next = apposed_to(k + 1);
    if (next < 0) next = mention_after(k + 2, 5);
    if (next < 0) return;
    Span trigger = span_of(k, k + 2);
    if (suffix == "-based" || suffix == "-headquartered") {
      add(EdgeType::BasedIn, next, prefix, trigger, 0.8, "based-in:modifier");
      return;
    }
    if (suffix == "-led") {  // "U.S.-led coalition": X leads Y
      add(EdgeType::MemberOf, prefix, next, trigger, 0.7, "member-of:led", "leader");
      return;
    }
    if (based_only) return;
    for (const auto& [modifier, set] : ex_.modifiers_) {
      if (modifier == suffix) {
        add(set->type, prefix, next, trigger, set->confidence,
            fmt::format("{}:modifier", to_string(set->type)));
        return;
      }
    }
  }

  // True when tokens [a, b) hold a role ("special envoy for Syria",
  // "spokesman"); role is set to those words.
  // An office of a country whose government the document names as an actor
  // ("Syrian President X" where "the Syrian government" acts) belongs to that
  // government; of other countries, to the country ("Russian Foreign Minister").
  int government_of(int m) const {
    const DocEntity& e = entity_of(m);
    if (e.type != NodeType::Place || e.kind != "country") return m;
    int government = mention_named(ex_.lexicon_.adjective_of(e.name) + " government");
    return government >= 0 ? government : m;
  }

  bool role_between(uint32_t a, uint32_t b, std::string& role) const {
    // "the army chief of staff, General Jane Roe": a title or honorific
    // after the comma is the holder's own ("General Roe"), not the role's.
    if (b >= a + 3 && lower(b - 2) == "," &&
        (ex_.lexicon_.is_military_title(doc_.form(doc_.tokens[b - 1])) ||
         ex_.lexicon_.is_honorific(doc_.form(doc_.tokens[b - 1]))))
      --b;
    if (b <= a || b - a > 6) return false;
    // "delegate in Geneva, Jane Roe", "special envoy for Yemen, Jane Roe": a
    // place and a comma may close the role.
    // "X's leader, Jane Roe": so may a comma right after a role that opens
    // the gap (one word may come before it: "X's chief negotiator, ...").
    bool comma_closed = false;
    if (b - a >= 2 && lower(b - 1) == ",") {
      uint32_t end = b - 1;
      int place = mention_at(end - 1);
      if (place >= 0 && entity_of(place).type == NodeType::Place &&
          mention(place).first_token >= a + 2 &&
          (lower(mention(place).first_token - 1) == "in" || lower(mention(place).first_token - 1) == "for" ||
           lower(mention(place).first_token - 1) == "to"))
        end = mention(place).first_token - 1;
      comma_closed = end == b - 1;
      b = end;
    }
    std::vector<std::string> words;
    for (uint32_t j = a; j < b; ++j) {
      std::string w = lower(j);
      if (w == "," || w == "." || w == "(" || w == ")" || w == "and" || w == "said") return false;
      words.push_back(w);
    }
    for (size_t i = 0; i < words.size() && (!comma_closed || i <= 1); ++i) {
      std::string phrase;
      for (size_t j = i; j < words.size() && j < i + 4; ++j) {
        phrase += (j > i ? " " : "") + words[j];
        if (comma_closed && j + 1 != words.size()) continue;
        if (ex_.lexicon_.is_role(phrase)) {
          role.clear();
          for (const auto& w : words) role += (role.empty() ? "" : " ") + w;
          return true;
        }
      }
    }
    return false;
  }

  // member-of from "UN envoy Jane Roe", "X's ambassador Jane Roe",
  // "Jane Roe, a spokeswoman for X", "Jane Roe, chief coordinator of X".
  void appositions() {
    for (size_t a = 0; a < mentions_.size(); ++a) {
      int org = mentions_[a];
      for (size_t b = a + 1; b < mentions_.size() && b <= a + 2; ++b) {
        int person = mentions_[b];
        if (entity_of(person).type != NodeType::Person) continue;
        // The title's holder is the first person after it: in "Opposition
        // leader P accused Mr Q", not Q.
        if (b == a + 2 && entity_of(mentions_[a + 1]).type == NodeType::Person) continue;
        uint32_t from = mention(org).end_token;
        if (in_sentence(from) && (lower(from) == "'s" || lower(from) == "’s")) ++from;
        std::string role;
        if (!role_between(from, mention(person).first_token, role)) continue;
        // "Y's UN ambassador P": P serves Y, not the UN.
        int target = org;
        uint32_t before = mention(org).first_token;
        if (a > 0 && before >= 1 && (lower(before - 1) == "'s" || lower(before - 1) == "’s") &&
            mention(mentions_[a - 1]).end_token == before - 1)
          target = mentions_[a - 1];
        // "UN ambassador P" is a country's ambassador to the UN, and the
        // text does not say which: no membership to state.
        if (target == org && entity_of(org).kind == "intergovernmental" &&
            role.size() >= 10 && role.compare(role.size() - 10, 10, "ambassador") == 0)
          continue;
        add(EdgeType::MemberOf, person, government_of(target), span_of(from, mention(person).first_token),
            0.75, "member-of:title", role);
      }
      // "Jane Roe, a/the ROLE of/for/at X"
      int person = mentions_[a];
      if (entity_of(person).type != NodeType::Person) continue;
      // "its chief coordinator Jane Roe": the role of what "its" stands for.
      for (uint32_t p = mention(person).first_token; p > sentence_.first_token && p + 5 > mention(person).first_token;) {
        --p;
        std::string role;
        if ((lower(p) != "its" && lower(p) != "their") || !role_between(p + 1, mention(person).first_token, role))
          continue;
        if (int owner = possessor_of(p); owner >= 0)
          add(EdgeType::MemberOf, person, government_of(owner), span_of(p + 1, mention(person).first_token), 0.7,
              "member-of:possessive-title", role);
        break;
      }
      uint32_t k = mention(person).end_token;
      if (!in_sentence(k) || lower(k) != ",") continue;
      ++k;
      if (in_sentence(k) && (lower(k) == "a" || lower(k) == "an" || lower(k) == "the")) ++k;
      for (uint32_t j = k; in_sentence(j) && j < k + 5; ++j) {
        std::string w = lower(j);
        if (w == "of" || w == "for" || w == "at" || w == "to" || w == "with") {
          std::string role;
          int target = mention_after(j + 1, 4);
          // "chief executive of the London-based website X": the place
          // before "-based" is where X is, not what P serves.
          if (uint32_t e = target >= 0 ? mention(target).end_token : 0;
              target >= 0 && in_sentence(e + 1) && doc_.form(doc_.tokens[e]) == "-" && lower(e + 1) == "based")
            target = mention_after(e + 2, 4);
          if (target >= 0 && role_between(k, j, role))
            add(EdgeType::MemberOf, person, government_of(target), span_of(k, j), 0.7,
                "member-of:apposition", role);
          break;
        }
      }
    }
  }

  // "the siege of Y by X", "the capture of Y by X": the surface order is
  // unambiguous even where the parse attaches the by-phrase elsewhere.
  void nominal_of_by() {
    for (uint32_t k = sentence_.first_token; k + 3 < sentence_.end_token; ++k) {
      auto it = ex_.by_first_word_.find(lower(k));
      if (it == ex_.by_first_word_.end() || lower(k + 1) != "of") continue;
      const auto* trig = &it->second.front();
      for (const auto& t : it->second)
        if (t.kind == RelationExtractor::Trigger::Noun) trig = &t;
      if (trig->kind != RelationExtractor::Trigger::Noun) continue;
      int target = mention_after(k + 2, 3);
      if (target < 0) continue;
      uint32_t after = mention(target).end_token;
      if (!in_sentence(after) || lower(after) != "by") continue;
      int agent = mention_after(after + 1, 3);
      if (agent < 0) continue;
      add_all(trig->type, coordinated(agent, true), coordinated(target, true), doc_.tokens[k].span,
              trig->confidence, fmt::format("{}:of-by", to_string(trig->type)));
    }
  }

  // "pro-government militia", "pro-Iranian groups": the modified actor
  // backs what follows "pro-" (the government, a country, a named party).
  void pro_modifiers() {
    // "pro-government": the government of the country the document is about
    // when it is named, else the first government named.
    const std::string main_government =
        doc_.main_country.empty() ? "" : ex_.lexicon_.adjective_of(doc_.main_country) + " government";
    for (int m : mentions_) {
      const Mention& men = mention(m);
      std::string first = lower(men.first_token);
      if (first.rfind("pro-", 0) != 0 || first.size() <= 4) continue;
      std::string what = first.substr(4);
      int target = -1, first_government = -1;
      for (size_t i = 0; i < doc_.mentions.size() && target < 0; ++i) {
        const Mention& o = doc_.mentions[i];
        if (o.entity < 0 || o.entity == men.entity) continue;
        const DocEntity& e = doc_.entities[o.entity];
        std::string name = ascii_lower(e.name);
        bool government = (what == "government" || what == "regime") && e.kind == "government" &&
                          name.size() > 11 && name.compare(name.size() - 11, 11, " government") == 0;
        if (government && e.name != main_government) {
          if (first_government < 0) first_government = static_cast<int>(i);
          continue;
        }
        bool named = ascii_lower(o.text) == what ||
                     (ex_.lexicon_.country_of_adjective(doc_.form(doc_.tokens[men.first_token]).substr(4)) &&
                      e.name == *ex_.lexicon_.country_of_adjective(doc_.form(doc_.tokens[men.first_token]).substr(4)));
        if (government || named) target = static_cast<int>(i);
      }
      if (target < 0) target = first_government;
      if (target >= 0)
        add(EdgeType::Backs, m, target, doc_.tokens[men.first_token].span, 0.7, "backs:pro-modifier");
    }
  }

  // The actor "its" / "their" at token k stands for: the nearest actor named
  // before it that is a subject, else the nearest actor before it; when the
  // word opens the sentence, the actor that is the subject of the sentence
  // before ("The opposition said ... . Its chief coordinator P ..."); -1
  // when none.
  int possessor_of(uint32_t k) const {
    int owner = -1, nearest_actor = -1;
    for (uint32_t j = k; j > sentence_.first_token && owner < 0;) {
      --j;
      int m = mention_at(j);
      if (m < 0 || !is_acting_party(entity_of(m))) continue;
      if (nearest_actor < 0) nearest_actor = m;
      if (doc_.tokens[j].deprel.rfind("nsubj", 0) == 0) owner = m;
    }
    if (owner >= 0 || nearest_actor >= 0) return owner >= 0 ? owner : nearest_actor;
    if (k != sentence_.first_token || index_ == 0) return -1;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.sentence != index_ - 1 || m.entity < 0 || !is_acting_party(doc_.entities[m.entity])) continue;
      for (uint32_t t = m.first_token; t < m.end_token; ++t)
        if (doc_.tokens[t].deprel.rfind("nsubj", 0) == 0) return static_cast<int>(i);
    }
    return -1;
  }

  // backs from "its ally Y", "X's ally Y": Y backs the owner. "its" is the
  // nearest actor named before it that is a subject ("Damascus pressed
  // rebels and its ally Russia ...": Damascus, not the rebels), else the
  // nearest actor when the parse shows no subject.
  void allies() {
    for (uint32_t k = sentence_.first_token + 1; k + 1 < sentence_.end_token; ++k) {
      std::string w = lower(k);
      if (w != "ally" && w != "allies" && w != "backer") continue;
      int ally = mention_at(k + 1);
      if (ally < 0) continue;
      std::string owner_word = lower(k - 1);
      int owner = -1;
      if (owner_word == "its" || owner_word == "their") {
        owner = possessor_of(k - 1);
      } else if ((owner_word == "'s" || owner_word == "’s") && k >= 2) {
        owner = mention_at(k - 2);
      }
      if (owner >= 0) add(EdgeType::Backs, ally, owner, doc_.tokens[k].span, 0.7, "backs:ally-of");
    }
    // "X, a Syrian ally": X backs the country (its government, when the
    // document names that government as an actor).
    for (uint32_t k = sentence_.first_token + 4; k < sentence_.end_token; ++k) {
      std::string w = lower(k);
      if (w != "ally" && w != "backer") continue;
      int country = mention_at(k - 1);
      if (country < 0 || mention(country).first_token < 3) continue;
      uint32_t det = mention(country).first_token - 1;
      if ((lower(det) != "a" && lower(det) != "an") || lower(det - 1) != ",") continue;
      int x = mention_at(det - 2);
      if (x >= 0) add(EdgeType::Backs, x, government_of(country), doc_.tokens[k].span, 0.7, "backs:apposed-ally");
    }
  }

  // member-of from "X rebel group", "X militia": a named group right before
  // a collective actor it is one of.
  void named_members() {
    for (size_t a = 0; a + 1 < mentions_.size(); ++a) {
      int x = mentions_[a], y = mentions_[a + 1];
      if (!describes_named_group(doc_, mention(x), mention(y))) continue;
      add(EdgeType::MemberOf, x, y, mention(y).span, 0.7, "member-of:named-group");
    }
  }

  // "Y, of which X is a member", "Y (YY), of which X is the largest
  // member": X belongs to Y.
  void of_which_members() {
    for (uint32_t k = sentence_.first_token + 2; k + 4 < sentence_.end_token; ++k) {
      if (lower(k) != "of" || lower(k + 1) != "which" || lower(k - 1) != ",") continue;
      // Y: the name before the comma, or before its acronym in parentheses.
      uint32_t before = k - 1;
      if (lower(before - 1) == ")") {
        uint32_t open = before - 1;
        while (open > sentence_.first_token && lower(open) != "(") --open;
        before = open;
      }
      int y = before > sentence_.first_token ? mention_at(before - 1) : -1;
      int x = mention_at(lower(k + 2) == "the" ? k + 3 : k + 2);
      if (y < 0 || x < 0 || !is_collective_actor(entity_of(y).type)) continue;
      uint32_t j = mention(x).end_token;
      if (!in_sentence(j) || (lower(j) != "is" && lower(j) != "was" && lower(j) != "are" && lower(j) != "were"))
        continue;
      // "is a member", "is the largest member", "is a founding member".
      for (uint32_t m = j + 1; m < sentence_.end_token && m <= j + 4; ++m) {
        std::string w = lower(m);
        if (w == "member" || w == "members") {
          add(EdgeType::MemberOf, x, y, span_of(k, m + 1), 0.7, "member-of:of-which");
          break;
        }
        if (w == "," || w == "not" || w == "no" || w == "never") break;
      }
    }
  }

  // "X, an ally of Y" (backs), "X, an NLF unit" (member-of), "X, the
  // Valdorian capital" (located-in), "P of the Y Coalition" (member-of): an
  // apposition or of-phrase that says what X is to Y.
  void described_by_apposition() {
    for (size_t a = 0; a < mentions_.size(); ++a) {
      int x = mentions_[a];
      uint32_t k = mention(x).end_token;
      // "P of (the) Y": a person and the organization or group it belongs to.
      if (entity_of(x).type == NodeType::Person && a + 1 < mentions_.size() && in_sentence(k) &&
          lower(k) == "of") {
        int y = mentions_[a + 1];
        uint32_t at = mention(y).first_token;
        bool adjacent = at == k + 1 || (at == k + 2 && lower(k + 1) == "the");
        if (adjacent && is_collective_actor(entity_of(y).type))
          add(EdgeType::MemberOf, x, y, span_of(k, at), 0.7, "member-of:of");
      }
      if (!in_sentence(k + 2) || lower(k) != ",") continue;
      std::string det = lower(k + 1);
      if (det != "a" && det != "an" && det != "the") continue;
      // Words of the apposition up to the next mention (at most five).
      uint32_t j = k + 2;
      std::vector<std::string> words;
      while (in_sentence(j) && j < k + 8 && mention_at(j) < 0) {
        std::string w = lower(j);
        if (w == "," || w == "." || w == ";" || w == "(") break;
        words.push_back(w);
        ++j;
      }
      int y = in_sentence(j) ? mention_at(j) : -1;
      if (y >= 0 && y != x && !words.empty()) {
        // "X, a (close) ally of Y", "X, a key backer of Y"
        const std::string& last = words.back();
        if (last == "of" && words.size() >= 2) {
          const std::string& noun = words[words.size() - 2];
          if (noun == "ally" || noun == "backer" || noun == "supporter" || noun == "patron")
            add(EdgeType::Backs, x, y, span_of(k, j), 0.7, "backs:ally-of-apposition");
        }
      }
      // "X, an NLF unit": the group named inside the apposition, then a word
      // for a part of it.
      if (y >= 0 && words.empty() && is_collective_actor(entity_of(y).type) &&
          is_collective_actor(entity_of(x).type)) {
        uint32_t after = mention(y).end_token;
        if (in_sentence(after)) {
          std::string part = lower(after);
          if (part == "unit" || part == "faction" || part == "wing" || part == "affiliate" ||
              part == "offshoot" || part == "branch" || part == "brigade" || part == "battalion" ||
              part == "arm")
            add(EdgeType::MemberOf, x, y, span_of(k, after + 1), 0.7, "member-of:unit-apposition");
        }
      }
      // "X, the Valdorian capital": X lies in the country named in the document.
      if (entity_of(x).type == NodeType::Place && det == "the" && in_sentence(k + 3) &&
          lower(k + 3) == "capital") {
        std::string adjective(doc_.form(doc_.tokens[k + 2]));
        const std::string* known = ex_.lexicon_.country_of_adjective(adjective);
        std::string country = known ? *known : ex_.lexicon_.unknown_country_of(adjective);
        int c = country.empty() ? -1 : mention_named(country);
        if (c >= 0 && c != x) add(EdgeType::LocatedIn, x, c, span_of(k, k + 4), 0.7, "located-in:capital-apposition");
      }
    }
  }

  // A mention in the document of the entity with this name, or -1.
  int mention_named(const std::string& name) const {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& o = doc_.mentions[i];
      if (o.entity >= 0 && doc_.entities[o.entity].name == name) return static_cast<int>(i);
    }
    return -1;
  }

  // The words between mentions_[b] and mentions_[b + 1], lower-cased.
  std::string gap_words(size_t b) const {
    std::string gap;
    for (uint32_t j = mention(mentions_[b]).end_token; j < mention(mentions_[b + 1]).first_token; ++j) {
      if (!gap.empty()) gap += ' ';
      gap += lower(j);
    }
    return gap;
  }

  // mentions_[a] and mentions_[a + 1] are items of a list of three or more
  // names joined by commas: a name and a comma before the first ("Chime,
  // Varo, SoFi"), or a comma or "and" and a name after the second
  // ("Aleppo, Homs and Hama"; "the G, H, and J keys").
  bool in_comma_list(size_t a) const {
    if (a > 0 && gap_words(a - 1) == ",") return true;
    if (a + 2 >= mentions_.size()) return false;
    std::string next = gap_words(a + 1);
    return next == "," || next == "and" || next == "or" || next == ", and" || next == ", or";
  }

  // A country, or a unit named by its kind ("X province", "X governorate").
  bool wider_unit(const DocEntity& e) const {
    return e.kind == "country" || ex_.lexicon_.is_unit_kind(e.kind);
  }

  // The words between two places say the first is a place of some kind in
  // the second: "X, a province in (northwest) Y", "X, a rebel-held town
  // in Y", "X, the main city located in Y" (a direction before Y is
  // already dropped).
  bool describes_place_in(const std::vector<std::string>& gap) const {
    const size_t n = gap.size();
    if (n < 4 || n > 9 || gap[0] != "," || (gap[1] != "a" && gap[1] != "an" && gap[1] != "the")) return false;
    size_t in = n - 1;
    if (gap[in] == "the") --in;
    if (gap[in] != "in" || in < 3) return false;
    size_t noun = in - 1;
    if (gap[noun] == "located" || gap[noun] == "situated") --noun;
    return noun >= 2 && ex_.lexicon_.is_place_noun(gap[noun]);
  }

  // located-in from "X in Y province", "X, Y" (both places), "Y's capital X",
  // "X, a town in Y".
  void locations() {
    for (size_t a = 0; a + 1 < mentions_.size(); ++a) {
      int x = mentions_[a], y = mentions_[a + 1];
      if (entity_of(x).type != NodeType::Place || entity_of(y).type != NodeType::Place) continue;
      uint32_t gap_begin = mention(x).end_token, gap_end = mention(y).first_token;
      std::vector<std::string> gap;
      for (uint32_t j = gap_begin; j < gap_end; ++j) gap.push_back(lower(j));
      // "X, in the northern province of Y": the words "northern province of"
      // belong to Y (named "Y province" by the recognizer).
      if (gap.size() >= 2 && gap.back() == "of" && ex_.lexicon_.is_place_suffix(gap[gap.size() - 2]) &&
          entity_of(y).kind == gap[gap.size() - 2]) {
        gap.resize(gap.size() - 2);
        if (!gap.empty() && ex_.lexicon_.is_direction_word(gap.back())) gap.pop_back();
      }
      // "X in northern Y": the direction names a part of Y.
      if (gap.size() >= 2 && ex_.lexicon_.is_direction_word(gap.back()) && gap[gap.size() - 2] == "in")
        gap.pop_back();
      std::string between;
      for (const std::string& w : gap) between += (between.empty() ? "" : " ") + w;
      // "two villages in X province, Y and Z": a province is not in a village.
      bool narrowing = between == "," && wider_unit(entity_of(x)) && !wider_unit(entity_of(y));
      // "Aleppo, Homs and Hama" lists places (as "Chime, Varo, SoFi" lists
      // names of any type); "Town, Province, Country" nests them, also
      // inside a list of such pairs ("Karachi, Pakistan, and Lagos,
      // Nigeria"), but not in a list of peers ("Colorado, Washington,
      // Alaska").
      if (narrowing) continue;
      if (between == "," && in_comma_list(a)) {
        bool widening = wider_unit(entity_of(y)) && !wider_unit(entity_of(x));
        bool pair_starts_item = a == 0 || gap_words(a - 1) != ",";
        if (!(widening && pair_starts_item)) continue;
      }
      if (between == "," || between == "in" || between == "in the" || between == ", in" ||
          between == ", in the" || describes_place_in(gap)) {
        add(EdgeType::LocatedIn, x, y, span_of(gap_begin, gap_end), 0.6, "located-in:adjacent");
      } else if (between == "'s capital" || between == "’s capital") {
        add(EdgeType::LocatedIn, y, x, span_of(gap_begin, gap_end), 0.8, "located-in:capital");
      }
      // "the villages of X and Y in (northern) Z province"
      if (between == "and") {
        if (a + 2 < mentions_.size()) {
          int z = mentions_[a + 2];
          uint32_t g1 = mention(y).end_token, g2 = mention(z).first_token;
          bool direction = g2 == g1 + 2 && ex_.lexicon_.is_direction_word(lower(g1 + 1));
          if ((g2 == g1 + 1 || direction) && lower(g1) == "in" && entity_of(z).type == NodeType::Place) {
            add(EdgeType::LocatedIn, x, z, span_of(g1, g2), 0.6, "located-in:coordinated");
            add(EdgeType::LocatedIn, y, z, span_of(g1, g2), 0.6, "located-in:coordinated");
          }
        }
      }
    }
  }

  const RelationExtractor& ex_;
  Document& doc_;
  const Sentence& sentence_;
  int index_;
  std::vector<int> mentions_;
};


void RelationExtractor::extract(Document& doc, std::map<std::string, int>* fired) const {
  doc.relations.clear();
  bool parsed = has_parse(doc);
  if (parsed) extract_dependency_relations(patterns_, lexicon_, doc, fired);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    SentenceRelations(*this, doc, static_cast<int>(s)).run(parsed);

  // Mediation: whoever holds a mediator's role (envoy, mediator) in talks the
  // document reports mediates between the parties of those talks.
  std::set<int> mediators;
  for (const Relation& r : doc.relations) {
    if (r.type != EdgeType::MemberOf) continue;
    if (r.role.find("envoy") != std::string::npos || r.role.find("mediator") != std::string::npos) {
      mediators.insert(r.source);
      mediators.insert(r.target);
    }
  }
  // Peace talks: when a document reports talks and names both the
  // government and the opposition of one country, those are the parties.
  int talks_sentence = -1;
  for (size_t k = 0; k < doc.tokens.size() && talks_sentence < 0; ++k) {
    std::string w = ascii_lower(doc.form(doc.tokens[k]));
    if (w == "talks" || w == "negotiations" || w == "negotiation")
      for (size_t s = 0; s < doc.sentences.size(); ++s)
        if (doc.sentences[s].first_token <= k && k < doc.sentences[s].end_token) talks_sentence = static_cast<int>(s);
  }
  if (talks_sentence >= 0) {
    for (size_t g = 0; g < doc.entities.size(); ++g) {
      const DocEntity& gov = doc.entities[g];
      const std::string suffix = " government";
      if (gov.kind != "government" || gov.name.size() <= suffix.size() ||
          gov.name.compare(gov.name.size() - suffix.size(), suffix.size(), suffix) != 0)
        continue;
      std::string country = gov.name.substr(0, gov.name.size() - 11);  // "<Adj> government"
      for (size_t o = 0; o < doc.entities.size(); ++o) {
        const DocEntity& opp = doc.entities[o];
        if (opp.kind != "opposition") continue;
        // The opposition of this country, or one none of whose names ties it
        // to another country ("Iranian opposition", "Valdorian opposition").
        auto other_country = [&](const std::string& a) {
          if (a.rfind(country + " ", 0) == 0 || a.find(' ') == std::string::npos) return false;
          std::string word = a.substr(0, a.find(' '));
          return lexicon_.country_of_adjective(word) || !lexicon_.unknown_country_of(word).empty();
        };
        bool same_country = opp.name.rfind(country + " ", 0) == 0 ||
                            (!other_country(opp.name) &&
                             std::none_of(opp.aliases.begin(), opp.aliases.end(), other_country));
        if (!same_country) continue;
        Relation r;
        r.type = EdgeType::NegotiatesWith;
        r.source = static_cast<int>(o);
        r.target = static_cast<int>(g);
        r.sentence = talks_sentence;
        r.trigger = doc.sentences[talks_sentence].span;
        r.confidence = 0.5;
        r.rule = "negotiates-with:talks-parties";
        doc.relations.push_back(r);
      }
    }
  }

  std::vector<Relation> inferred;
  for (const Relation& r : doc.relations) {
    if (r.type != EdgeType::NegotiatesWith) continue;
    for (int m : mediators) {
      for (int party : {r.source, r.target}) {
        if (m == party || mediators.count(party)) continue;
        Relation med = r;
        med.type = EdgeType::Mediates;
        med.source = m;
        med.target = party;
        med.rule = "mediates:envoy-of-talks";
        med.confidence = 0.5;
        inferred.push_back(med);
      }
    }
  }
  doc.relations.insert(doc.relations.end(), inferred.begin(), inferred.end());
  // Negotiating parties are not mediators of themselves; drop talks edges
  // that name a mediator as a party.
  doc.relations.erase(std::remove_if(doc.relations.begin(), doc.relations.end(),
                                     [&](const Relation& r) {
                                       return r.type == EdgeType::NegotiatesWith &&
                                              (mediators.count(r.source) || mediators.count(r.target));
                                     }),
                      doc.relations.end());
}

}  // namespace newsgraph
