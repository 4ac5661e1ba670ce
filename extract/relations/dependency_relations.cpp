#include "extract/relations/dependency_relations.h"

#include <algorithm>
#include <set>

#include "extract/nlp/lexicon.h"

namespace newsgraph {
namespace {

bool is_relative_pronoun(const Document& doc, const Token& t) {
  std::string w = ascii_lower(doc.form(t));
  return w == "which" || w == "who" || w == "that" || w == "whom" || w == "whose";
}

class SentenceMatcher {
 public:
  SentenceMatcher(const PatternSet& patterns, const Lexicon& lexicon, Document& doc, int sentence,
                  std::map<std::string, int>* fired)
      : patterns_(patterns), lexicon_(lexicon), doc_(doc), sentence_(doc.sentences[sentence]), index_(sentence),
        fired_(fired) {
    const uint32_t first = sentence_.first_token, end = sentence_.end_token;
    children_.assign(end - first, {});
    mention_at_.assign(end - first, -1);
    for (uint32_t k = first; k < end; ++k) {
      int h = doc_.tokens[k].head;
      if (h >= static_cast<int>(first) && h < static_cast<int>(end))
        children_[h - first].push_back(k);
    }
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.sentence != index_ || m.entity < 0) continue;
      for (uint32_t k = m.first_token; k < m.end_token; ++k) mention_at_[k - first] = static_cast<int>(i);
    }
  }

  void run() {
    for (uint32_t k = sentence_.first_token; k < sentence_.end_token; ++k) {
      const Token& t = doc_.tokens[k];
      std::string form = ascii_lower(doc_.form(t));
      std::set<const PatternRule*> rules;
      for (const std::string* key : {static_cast<const std::string*>(&form), &t.lemma}) {
        if (key->empty()) continue;
        if (auto list = patterns_.rules_for(ascii_lower(*key)))
          rules.insert(list->begin(), list->end());
      }
      for (const PatternRule* rule : rules) {
        if (!rule->upos.empty() && !t.upos.empty() &&
            std::find(rule->upos.begin(), rule->upos.end(), t.upos) == rule->upos.end())
          continue;
        apply(*rule, k);
      }
    }
  }

 private:
  const Token& token(uint32_t k) const { return doc_.tokens[k]; }
  const std::vector<uint32_t>& children(uint32_t k) const {
    return children_[k - sentence_.first_token];
  }
  int mention_at(uint32_t k) const { return mention_at_[k - sentence_.first_token]; }

  bool has_case(uint32_t k, const std::vector<std::string>& cases) const {
    if (cases.empty()) return true;
    for (uint32_t c : children(k)) {
      if (token(c).deprel != "case" && token(c).deprel != "mark") continue;
      std::string w = ascii_lower(doc_.form(token(c)));
      if (std::find(cases.begin(), cases.end(), w) != cases.end()) return true;
    }
    return false;
  }

  // When word k is a one-word country mention (an adjective) whose flat or
  // title dependents hold a person's name, that person's mention; else -1.
  int titled_person(uint32_t k, int m) const {
    const Mention& men = doc_.mentions[m];
    if (men.end_token != men.first_token + 1 || men.type != NodeType::Place) return -1;
    for (uint32_t c : children(k)) {
      const std::string& rel = token(c).deprel;
      if (rel != "flat" && rel != "compound" && rel != "nmod:desc" && rel != "appos") continue;
      if (int p = mention_at(c); p >= 0 && doc_.mentions[p].type == NodeType::Person) return p;
    }
    return -1;
  }

  // The word attached to k as its subject (nsubj, csubj and subtypes), or -1.
  int subject_child(uint32_t k) const {
    for (uint32_t c : children(k))
      if (token(c).deprel.rfind("nsubj", 0) == 0 || token(c).deprel.rfind("csubj", 0) == 0)
        return static_cast<int>(c);
    return -1;
  }

  // The word attached to k as its object, or -1.
  int object_child(uint32_t k) const {
    for (uint32_t c : children(k))
      if (token(c).deprel == "obj") return static_cast<int>(c);
    return -1;
  }

  bool is_reporting_verb(uint32_t k) const {
    static const char* const kReporting[] = {"say", "tell", "add", "state", "declare", "announce", "insist", "warn",
                                             "claim", "confirm", "report", "acknowledge", "admit"};
    const std::string& lemma = token(k).lemma;
    for (const char* r : kReporting)
      if (lemma == r) return true;
    return false;
  }

  // Nouns for those who act for a state: "US officials", "Russian jets".
  bool is_state_agent_noun(uint32_t k) const {
    static const std::set<std::string> kAgents = {
        "official",  "diplomat",  "authority", "envoy",    "minister",   "spokesman", "spokeswoman",
        "spokesperson", "delegation", "delegate", "negotiator", "leader", "president", "ambassador",
        "embassy",   "ministry",  "government", "military", "army",      "navy",      "force",
        "troop",     "soldier",   "jet",       "warplane", "aircraft",   "plane",     "drone",
        "artillery", "police",    "intelligence", "agency", "officer",   "commander", "general",
        "administration", "regime", "strike",   "airstrike", "raid",    "bombing",   "attack",
        "offensive", "campaign",  "operation", "media",    "television", "news",     "source",
        "department", "office",   "council",   "parliament", "lawmaker", "senator",  "representative",
        "counterpart", "ally",    "partner",   "backer"};
    std::string lemma = ascii_lower(token(k).lemma.empty() ? doc_.form(token(k)) : token(k).lemma);
    return kAgents.count(lemma) > 0;
  }

  // Verbs whose to-clause is an aim, not a fact: "vowed to retake X". Not
  // "try": an attempted assault is an assault. Lemmas, and past forms for
  // words the lemmatizer missed.
  bool is_intention_verb(uint32_t k) const {
    static const std::set<std::string> kIntention = {
        "threaten", "vow",      "pledge",  "promise",   "plan",     "intend",   "want",
        "hope",     "aim",      "prepare", "refuse",    "threatened", "vowed",  "pledged",
        "promised", "planned",  "intended", "wanted",   "hoped",    "aimed",    "prepared", "refused"};
    return kIntention.count(token(k).lemma) > 0 || kIntention.count(ascii_lower(doc_.form(token(k)))) > 0;
  }

  bool is_first_person(uint32_t k) const {
    std::string w = ascii_lower(doc_.form(token(k)));
    return w == "i" || w == "we";
  }

  bool has_any_case(uint32_t k) const {
    for (uint32_t c : children(k))
      if (token(c).deprel == "case") return true;
    return false;
  }

  static uint32_t distance(uint32_t a, uint32_t b) { return a > b ? a - b : b - a; }

  static bool is_quote(std::string_view w) { return w == "\"" || w == "“" || w == "”"; }

  // When the quote mark at j closes a quote of one to three words with no
  // verb in it, the opening mark's index; else -1.
  int scare_quote_start(uint32_t j) const {
    for (uint32_t k = j; k > sentence_.first_token && j - k < 4;) {
      --k;
      if (is_quote(doc_.form(token(k)))) return k + 1 < j ? static_cast<int>(k) : -1;
      if (token(k).upos == "VERB" || token(k).upos == "AUX" || token(k).upos == "PUNCT") return -1;
    }
    return -1;
  }

  bool in_sentence(int k) const {
    return k >= static_cast<int>(sentence_.first_token) && k < static_cast<int>(sentence_.end_token);
  }

  // Verb k comments on the events below it ("condemned", "called for an end
  // to"); "called off the offensive" is the agent's own act.
  bool is_commentary_verb(uint32_t k) const {
    if (!patterns_.is_commentary_verb(ascii_lower(doc_.form(token(k))), token(k).lemma)) return false;
    for (uint32_t c : children(k))
      if (token(c).deprel == "compound:prt" && ascii_lower(doc_.form(token(c))) == "off") return false;
    return true;
  }

  // The subject of the commentary verb that governs noun k through its
  // object or prepositional phrases ("X condemned the siege of Y", "X called
  // for an end to the attacks on Y"), or -1. Stops at the first verb.
  int commentator_of(uint32_t k) const {
    for (int steps = 0; steps < 4; ++steps) {
      const std::string& rel = token(k).deprel;
      if (rel != "obj" && rel != "obl" && rel.rfind("obl:", 0) != 0 && rel != "nmod" && rel != "iobj") return -1;
      int h = token(k).head;
      if (!in_sentence(h)) return -1;
      k = static_cast<uint32_t>(h);
      if (token(k).upos == "VERB") return is_commentary_verb(k) ? subject_child(k) : -1;
    }
    return -1;
  }

  // Word j lies in the subtree of word root.
  bool below(uint32_t j, uint32_t root) const {
    for (int steps = 0; steps < 64; ++steps) {
      if (j == root) return true;
      int h = token(j).head;
      if (!in_sentence(h)) return false;
      j = static_cast<uint32_t>(h);
    }
    return false;
  }

  // A relation matches the step's when equal, or when the step names no
  // subtype and a case filter is given ("obl[by]" matches obl:agent).
  static bool relation_matches(const std::string& actual, const PathStep& step) {
    if (actual == step.relation) return true;
    return !step.cases.empty() && actual.rfind(step.relation + ":", 0) == 0;
  }

  // The words a path reaches from the trigger (a Self path returns the trigger).
  std::vector<uint32_t> follow(const Path& path, uint32_t trigger) const {
    std::vector<uint32_t> current = {trigger};
    for (size_t s = 0; s < path.size(); ++s) {
      const PathStep& step = path[s];
      // "X urged Y to stop strikes on Z": the clause under a verb with an
      // object ("urged Y to", "asked Y to", "forced Y to") has that object
      // as its subject, not the verb's own subject.
      const bool object_control = s > 0 && path[s - 1].kind == PathStep::Up && path[s - 1].relation == "xcomp";
      std::vector<uint32_t> next;
      for (uint32_t k : current) {
        if (step.kind == PathStep::Self) {
          next.push_back(k);
        } else if (step.kind == PathStep::Before) {
          // Only when the parse gave no subject that names an entity: then
          // the nearest mention to the left that stands as a subject would
          // (not inside a prepositional phrase), not across a verb, a quote
          // or a semicolon.
          bool has_subject = false;
          for (uint32_t c : children(k))
            if (token(c).deprel.rfind("nsubj", 0) == 0 && mention_for(c, trigger) >= 0) has_subject = true;
          if (has_subject || token(k).deprel == "xcomp" || token(k).deprel == "acl:relcl") continue;
          for (uint32_t j = k; j > sentence_.first_token;) {
            --j;
            const Token& t = token(j);
            std::string w = ascii_lower(doc_.form(t));
            if (t.upos == "VERB" || w == ";" || w == ":" || w == "\"" || w == "“" || w == "”") break;
            if (int m = mention_at(j); m >= 0) {
              const std::string& rel = token(j).deprel;
              bool subject_like = rel.rfind("nsubj", 0) == 0 || rel == "appos" || rel == "root" ||
                                  rel == "flat" || rel == "compound" || rel == "conj";
              if (subject_like) next.push_back(j);
              break;
            }
          }
        } else if (step.kind == PathStep::After) {
          // Only when the parse gave the verb no object: the first name
          // after it, within four words, not across punctuation; a country
          // adjective before a title ("Syrian President X") is skipped.
          bool has_object = false, passive = false;
          for (uint32_t c : children(k)) {
            has_object = has_object || token(c).deprel == "obj";
            passive = passive || token(c).deprel == "obl:agent";
          }
          const std::string& rel = token(k).deprel;
          if (has_object || passive || rel == "acl" || rel == "amod" || rel == "acl:relcl" ||
              (k + 1 < sentence_.end_token && ascii_lower(doc_.form(token(k + 1))) == "by"))
            continue;
          // A name after a preposition is no object ("fought alongside X"),
          // except the subject of a for-to clause ("asked for X to meet").
          bool after_for = false;
          // A name after "that" is the subject of a clause ("warned that
          // X would ..."), not the verb's object.
          for (uint32_t j = k + 1; j < sentence_.end_token && j <= k + 4; ++j) {
            if (token(j).upos == "PUNCT" || token(j).upos == "VERB" || token(j).upos == "SCONJ") break;
            if (token(j).upos == "ADP") {
              if (ascii_lower(doc_.form(token(j))) != "for") break;
              after_for = true;
              continue;
            }
            int m = mention_at(j);
            if (m < 0) continue;
            uint32_t end = doc_.mentions[m].end_token;
            if (end < sentence_.end_token && token(end).upos == "PROPN" && mention_at(end) < 0) {
              j = end - 1;  // "Syrian [President] X": keep looking
              continue;
            }
            if (after_for && (end >= sentence_.end_token || ascii_lower(doc_.form(token(end))) != "to")) break;
            next.push_back(j);
            break;
          }
        } else if (step.kind == PathStep::Actor) {
          // The nearest organization, group or country named before the
          // noun, within the sentence and not across a quote or semicolon;
          // none when it is the subject of a commentary verb over the noun
          // ("X condemned the siege of Y": X is no besieger).
          // Not for the object of a verb with a subject of its own ("X
          // launched an offensive on Y"): that subject is the agent, and
          // the frames that read it apply. So for "X responded with air
          // strikes on Y".
          if ((token(k).deprel == "obj" || (token(k).deprel == "obl" && has_case(k, {"with"}))) &&
              in_sentence(token(k).head) && subject_child(static_cast<uint32_t>(token(k).head)) >= 0)
            continue;
          int commentator = commentator_of(k);
          for (uint32_t j = k; j > sentence_.first_token;) {
            --j;
            std::string w = ascii_lower(doc_.form(token(j)));
            if (is_quote(w)) {
              // Scare quotes around a word or two ("an “unprecedented”
              // bombing campaign") are no quotation: step over them.
              int open = scare_quote_start(j);
              if (open < 0) break;
              j = static_cast<uint32_t>(open);
              continue;
            }
            if (w == ";") break;
            int m = mention_at(j);
            if (m < 0) continue;
            if (commentator >= 0 && below(j, static_cast<uint32_t>(commentator))) break;
            const DocEntity& e = doc_.entities[doc_.mentions[m].entity];
            if (is_acting_party(e)) {
              next.push_back(j);
              break;
            }
          }
        } else if (step.kind == PathStep::Up) {
          // A clause inherits its head clause's arguments only when it has
          // no subject of its own ("X said, urging Y" but not "X said it
          // supported Y", where "it" is the subject whether or not it is
          // resolved). Relative clauses are the exception: their subject
          // is the relative pronoun.
          // In a quote the reporting verb's subject is the speaker, so a
          // first-person subject ("'I will ask ...', X said") is X, however
          // the parse attached the quote (ccomp, advcl, parataxis).
          int h = token(k).head;
          if (k == trigger && &step == &path.front() && step.relation != "acl:relcl" &&
              step.relation != "acl" && step.relation != "amod") {
            int subject = subject_child(k);
            bool speaker = subject >= 0 && is_first_person(static_cast<uint32_t>(subject)) && h >= 0 &&
                           is_reporting_verb(static_cast<uint32_t>(h));
            // "Turkish strikes will not stop until we defeat Y": the side
            // that says "we" is the one whose action goes on until then.
            bool same_side = subject >= 0 && ascii_lower(doc_.form(token(static_cast<uint32_t>(subject)))) == "we" &&
                             step.relation == "advcl" && token(k).deprel == "advcl" && has_case(k, {"until"});
            if (subject >= 0 && !speaker && !same_side) continue;
          }
          // "X condemned the strikes on Y": the object of a commentary verb
          // is not the subject's act.
          if (in_sentence(h) && relation_matches(token(k).deprel, step) && has_case(k, step.cases) &&
              !(step.relation == "obj" && is_commentary_verb(static_cast<uint32_t>(h))))
            next.push_back(static_cast<uint32_t>(h));
        } else if (step.relation.rfind("nsubj", 0) == 0) {
          if (int object = object_control ? object_child(k) : -1; object >= 0) {
            next.push_back(static_cast<uint32_t>(object));
            continue;
          }
          // A clause has one subject (coordinated ones hang below it as
          // conj). When the parse gives a verb several, the nearest is the
          // likely one; the others are attachment errors ("X: Y tried ...").
          int nearest = -1;
          for (uint32_t c : children(k))
            if (relation_matches(token(c).deprel, step) && has_case(c, step.cases) &&
                (nearest < 0 || distance(c, k) < distance(static_cast<uint32_t>(nearest), k)))
              nearest = static_cast<int>(c);
          if (nearest >= 0) next.push_back(static_cast<uint32_t>(nearest));
        } else {
          for (uint32_t c : children(k))
            if (relation_matches(token(c).deprel, step) && has_case(c, step.cases)) next.push_back(c);
        }
      }
      current = std::move(next);
      if (current.empty()) break;
    }
    return current;
  }

  // The mention a word stands for: the mention at it; for a relative pronoun,
  // the noun its clause modifies; else a mention just below it ("the town of
  // X", "two villages, X and Y").
  // An agent (a source) is found by stricter rules than a target: "the US
  // policy" is criticised as the US, but "US lawyers" do not act for it.
  int mention_for(uint32_t k, uint32_t trigger, int depth = 0, bool agent = false) const {
    if (int m = mention_at(k); m >= 0 && !(mention_at(trigger) == m && k != trigger)) {
      // "met Dravian President Oleg Stavrin" parsed with the adjective as
      // the head: the phrase stands for the person its title introduces.
      if (int p = titled_person(k, m); p >= 0) return p;
      const Mention& here = doc_.mentions[m];
      if (here.first_token > sentence_.first_token) {
        int named = mention_at(here.first_token - 1);
        if (named >= 0 && describes_named_group(doc_, doc_.mentions[named], here)) return named;
      }
      return m;
    }
    if (int m = personal_pronoun_referent(k); m >= 0) return m;
    if (int m = object_pronoun_referent(k); m >= 0) return m;
    if (int m = reported_pronoun_referent(k, trigger); m >= 0) return m;
    if (int m = possessive_referent(k, trigger); m >= 0) return m;
    if (int m = named_example(k); m >= 0) return m;
    if (int m = settlement_referent(k); m >= 0) return m;
    if (int m = neighbour_referent(k); m >= 0) return m;
    if (int m = holder_after_field(k); m >= 0) return m;
    if (is_relative_pronoun(doc_, token(k))) {
      // which → the relative clause's verb → the noun it modifies.
      uint32_t clause = trigger;
      while (token(clause).deprel != "acl:relcl" && token(clause).head >= 0 &&
             token(clause).deprel == "conj")
        clause = static_cast<uint32_t>(token(clause).head);
      if (token(clause).deprel == "acl:relcl" && token(clause).head >= 0)
        return list_antecedent(mention_for(static_cast<uint32_t>(token(clause).head), trigger, depth + 1, agent), k);
      // The parse missed the relative clause: ", who ..." follows its
      // antecedent, the nearest actor named before it.
      std::string pronoun = ascii_lower(doc_.form(token(k)));
      if (pronoun == "who" || pronoun == "which") {
        for (uint32_t j = k; j > sentence_.first_token && k - j < 12;) {
          --j;
          int m = mention_at(j);
          if (m < 0) continue;
          // "who" is never a place; "which" is the nearest name of any kind.
          if (pronoun == "which" || doc_.mentions[m].type != NodeType::Place) return list_antecedent(m, k);
        }
      }
      return -1;
    }
    if (depth >= 2) return -1;
    const std::string word = ascii_lower(doc_.form(token(k)));
    // "forces loyal to X", "militias allied to X": the forces are X's side.
    for (uint32_t c : children(k)) {
      const std::string l = ascii_lower(doc_.form(token(c)));
      if (token(c).deprel != "amod" || (l != "loyal" && l != "allied" && l != "faithful")) continue;
      for (uint32_t d : children(c))
        if (has_case(d, {"to"}))
          if (int m = mention_at(d); m >= 0 && doc_.mentions[m].type != NodeType::Place) return m;
    }
    // "positions held by X", "areas controlled by X", "depots belonging to
    // X": what X holds stands for X (the place they are in comes later,
    // when no holder is named).
    const bool holdable = lexicon_.is_held_by_noun(word) || lexicon_.is_site_noun(word);
    if (holdable || token(k).xpos == "NNS")
      for (uint32_t c : children(k)) {
        if (token(c).deprel != "acl") continue;
        const std::string& held = token(c).lemma;
        // Held by: an actor's things; belonging to: any things ("ammunition
        // depots belonging to X").
        const bool by = holdable && (held == "hold" || held == "control" || held == "occupy");
        if (!by && held != "belong") continue;
        for (uint32_t d : children(c))
          if (by ? (token(d).deprel == "obl:agent" || (token(d).deprel == "obl" && has_case(d, {"by"})))
                 : (token(d).deprel == "obl" && has_case(d, {"to"})))
            if (int m = mention_for(d, trigger, depth + 1, agent); m >= 0) return m;
      }
    // "the rebel stronghold of X", "the government-held town of X": a place
    // noun stands for the place its of-phrase names, not for its holder.
    if (lexicon_.is_place_noun(word))
      for (uint32_t c : children(k))
        if (token(c).deprel == "nmod" && has_case(c, {"of"}))
          if (int m = mention_at(c); m >= 0 && doc_.mentions[m].type == NodeType::Place) return m;
    // Below the word, the name itself before its owner: in "X's ambassador
    // Jane Roe", the ambassador is Jane Roe, not X. A country's adjective,
    // when the recognizer made it a mention, comes before the possessor:
    // "met his Turkish counterpart", "its Russian ally", "struck Turkish bases".
    for (const char* wanted : {"appos", "flat", "compound", "nmod", "amod", "nmod:poss"}) {
      for (uint32_t c : children(k)) {
        if (token(c).deprel != wanted) continue;
        const bool country = mention_at(c) >= 0 && doc_.entities[doc_.mentions[mention_at(c)].entity].kind == "country";
        if (token(c).deprel == "amod" && !country) continue;
        // "US officials" act for the US; "US lawyers" and "Chinese
        // students" do not: a country before a noun stands for the noun
        // only when the noun is one of a state's agents.
        if (agent && (token(c).deprel == "compound" || token(c).deprel == "amod") && !is_state_agent_noun(k) &&
            country)
          continue;
        // "the town of X" is X; "gains against X" is not.
        if (token(c).deprel == "nmod" && !has_case(c, {"of"}) && has_any_case(c)) continue;
        if (int m = mention_for(c, trigger, depth + 1, agent); m >= 0) return m;
      }
    }
    // "struck targets in Y", "shelled positions near Y": things of a side
    // that names no side stand for the place they are in — a town or a
    // region, not a whole country ("areas in northern Syria" are no attack
    // on Syria), and only as the word the rule reached, not below another
    // ("condemned X's bombardment of areas in Y" condemns X).
    // The place may hang on the noun or, when the noun is an object, on
    // its verb ("struck [targets] [in Y]").
    if (!agent && depth == 0 && holdable) {
      std::vector<uint32_t> places;
      for (uint32_t c : children(k))
        if (token(c).deprel == "nmod") places.push_back(c);
      if (token(k).deprel == "obj" && in_sentence(token(k).head))
        for (uint32_t c : children(static_cast<uint32_t>(token(k).head)))
          if (token(c).deprel == "obl") places.push_back(c);
      for (uint32_t c : places)
        if (has_case(c, {"in", "near", "around", "outside"}))
          if (int m = mention_at(c); m >= 0 && doc_.mentions[m].type == NodeType::Place &&
                                     doc_.entities[doc_.mentions[m].entity].kind != "country")
            return m;
    }
    return -1;
  }

  // "X and Y, which are mediating ...": a relative clause after a list of
  // names speaks of all of them unless its verb is singular ("which is");
  // the list's first name is returned, and its conjuncts follow from it.
  // m is the antecedent found for relative pronoun k.
  int list_antecedent(int m, uint32_t k) const {
    if (m < 0 || doc_.mentions[m].sentence != index_ || k == 0 || ascii_lower(doc_.form(token(k - 1))) != ",")
      return m;
    if (int verb = token(k).head; in_sentence(verb)) {
      auto singular = [this](uint32_t w) {
        const std::string f = ascii_lower(doc_.form(token(w)));
        return token(w).xpos == "VBZ" || f == "was" || f == "is" || f == "has";
      };
      if (singular(static_cast<uint32_t>(verb))) return m;
      for (uint32_t c : children(static_cast<uint32_t>(verb)))
        if ((token(c).deprel == "aux" || token(c).deprel == "cop") && singular(c)) return m;
    }
    return list_head(m);
  }

  // The first name of the list ("X, Y and Z") mention m belongs to; m
  // itself when it is in none.
  int list_head(int m) const {
    int head = m;
    for (int step = 0; step < 8; ++step) {
      const Mention& men = doc_.mentions[head];
      uint32_t last = men.end_token - 1;  // the name's head word in English
      // "Hezbollah fighters": the noun the name modifies stands in the list.
      while (token(last).deprel == "compound" && token(last).head == static_cast<int>(last) + 1)
        ++last;
      if (token(last).deprel != "conj" || !in_sentence(token(last).head)) break;
      int up = mention_at(static_cast<uint32_t>(token(last).head));
      if (up < 0 || up == head || doc_.mentions[up].first_token > men.first_token) break;
      head = up;
    }
    return head;
  }

  // "The UN envoy for Yemen, Jane Roe, met ...": the parse often makes the
  // holder's name a conjunct of the role's field ("Yemen, Jane Roe"); a
  // person joined to the field by a comma alone is the role's holder.
  int holder_after_field(uint32_t k) const {
    const Token& role = token(k);
    if (role.upos != "NOUN" || !lexicon_.is_role(ascii_lower(doc_.form(role)))) return -1;
    for (uint32_t field : children(k)) {
      if (token(field).deprel != "nmod") continue;
      for (uint32_t d : children(field)) {
        if (token(d).deprel != "conj" || ascii_lower(doc_.form(token(d - 1))) != ",") continue;
        bool coordinated = false;
        for (uint32_t c : children(d)) coordinated = coordinated || token(c).deprel == "cc";
        int m = mention_at(d);
        if (!coordinated && m >= 0 && doc_.mentions[m].type == NodeType::Person) return m;
      }
    }
    return -1;
  }

  // "he"/"she" as a subject: the one person named before it in this
  // sentence, else in the sentence before — and only when there is exactly
  // one, so the guess is safe.
  int personal_pronoun_referent(uint32_t k) const {
    std::string w = ascii_lower(doc_.form(token(k)));
    if ((w != "he" && w != "she") || token(k).deprel.rfind("nsubj", 0) != 0) return -1;
    auto unique_person = [&](int sentence, uint32_t before) {
      int found = -1, entity = -1;
      for (size_t i = 0; i < doc_.mentions.size(); ++i) {
        const Mention& m = doc_.mentions[i];
        if (m.sentence != sentence || m.entity < 0 || m.first_token >= before) continue;
        if (doc_.entities[m.entity].type != NodeType::Person) continue;
        if (entity >= 0 && m.entity != entity) return -2;  // two people: ambiguous
        entity = m.entity;
        found = static_cast<int>(i);
      }
      return found;
    };
    int here = unique_person(index_, k);
    if (here == -2) return -1;
    if (here >= 0) return here;
    // The sentences before, back to the first that names anyone (a quote
    // may stand between the speaker and "he said").
    for (int back = 1; back <= 2 && index_ - back >= 0; ++back) {
      int before = unique_person(index_ - back, UINT32_MAX);
      if (before == -2) return -1;
      if (before >= 0) return before;
    }
    return -1;
  }

  // "him"/"her" as an object: the one person named before it in this
  // sentence other than its clause's subject, who cannot be its object
  // ("X spoke to Y and urged him to join": Y).
  int object_pronoun_referent(uint32_t k) const {
    std::string w = ascii_lower(doc_.form(token(k)));
    if ((w != "him" && w != "her") || (token(k).deprel != "obj" && token(k).deprel != "iobj") ||
        !in_sentence(token(k).head))
      return -1;
    uint32_t verb = static_cast<uint32_t>(token(k).head);
    int subject = subject_child(verb);
    while (subject < 0 && token(verb).deprel == "conj" && in_sentence(token(verb).head)) {
      verb = static_cast<uint32_t>(token(verb).head);
      subject = subject_child(verb);
    }
    const int subject_mention =
        subject >= 0 ? mention_for(static_cast<uint32_t>(subject), static_cast<uint32_t>(subject), 1, true) : -1;
    const int subject_entity = subject_mention >= 0 ? doc_.mentions[subject_mention].entity : -1;
    int found = -1, entity = -1;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.sentence != index_ || m.entity < 0 || m.first_token >= k || m.entity == subject_entity) continue;
      if (doc_.entities[m.entity].type != NodeType::Person) continue;
      if (entity >= 0 && m.entity != entity) return -1;  // two people: ambiguous
      entity = m.entity;
      found = static_cast<int>(i);
    }
    return subject_entity >= 0 ? found : -1;
  }

  // "it"/"they" as the subject of what an actor says: "the army said it had
  // captured X", "the rebels said they shot down ...". The speaker's own
  // mention, when it is an organization, a group or a country.
  int reported_pronoun_referent(uint32_t k, uint32_t trigger) const {
    std::string w = ascii_lower(doc_.form(token(k)));
    if ((w != "it" && w != "they") || token(k).deprel.rfind("nsubj", 0) != 0) return -1;
    return reported_speaker(k, trigger);
  }

  // The actor whose words hold word k: the subject of the reporting verb
  // over the clause k is in ("X said [its jets had struck Y]"), when that
  // subject is an organization, a group or a country; else -1.
  int reported_speaker(uint32_t k, uint32_t trigger) const {
    uint32_t clause = k;
    for (int steps = 0; steps < 6; ++steps) {
      const int head = token(clause).head;
      if (!in_sentence(head)) return -1;
      if (token(clause).deprel == "ccomp") {
        // "X denied that it had ...", "X rejected claims that it had ...":
        // the one who denies speaks of itself.
        int verb = denial_verb(clause);
        if (verb < 0 && !is_reporting_verb(static_cast<uint32_t>(head))) return -1;
        int speaker = subject_child(static_cast<uint32_t>(verb >= 0 ? verb : head));
        // "X accused Y and said ...": the first verb's subject.
        if (speaker < 0 && token(head).deprel == "conj" && in_sentence(token(head).head))
          speaker = subject_child(static_cast<uint32_t>(token(head).head));
        if (speaker < 0) return -1;
        int m = mention_for(static_cast<uint32_t>(speaker), trigger, 1);
        return m >= 0 && is_acting_party(doc_.entities[doc_.mentions[m].entity]) ? m : -1;
      }
      // Up through the clause's subject and its conjuncts only ("said it
      // had A and had B"), not out of a relative or adverbial clause.
      const std::string& rel = token(clause).deprel;
      if (rel.rfind("nsubj", 0) != 0 && rel != "conj" && rel != "nmod:poss" && rel != "amod") return -1;
      clause = static_cast<uint32_t>(head);
    }
    return -1;
  }

  // "the town", "the city", "the village" (singular, definite, naming no
  // one itself): the town named last before it, in this sentence or the
  // two before — not a country or a province, which are no towns.
  int settlement_referent(uint32_t k) const {
    const std::string w = ascii_lower(doc_.form(token(k)));
    if (token(k).upos != "NOUN" || (w != "town" && w != "city" && w != "village")) return -1;
    bool definite = false;
    for (uint32_t c : children(k)) {
      if (token(c).deprel == "det") definite = ascii_lower(doc_.form(token(c))) == "the";
      if (token(c).deprel == "nmod" || token(c).deprel == "appos" || token(c).deprel == "flat") return -1;
    }
    if (!definite) return -1;
    return last_mention_before(k, [this](const DocEntity& e) {
      return e.type == NodeType::Place && e.kind != "country" && !lexicon_.is_unit_kind(e.kind);
    });
  }

  // The mention named last before word k, in this sentence or the two
  // before, whose entity satisfies `wanted`; -1 when none.
  template <typename Wanted>
  int last_mention_before(uint32_t k, Wanted wanted) const {
    for (size_t i = doc_.mentions.size(); i-- > 0;) {
      const Mention& m = doc_.mentions[i];
      if (m.sentence > index_ || (m.sentence == index_ && m.first_token >= k)) continue;
      if (m.sentence < index_ - 2) break;
      if (m.entity >= 0 && wanted(doc_.entities[m.entity])) return static_cast<int>(i);
    }
    return -1;
  }

  // "the neighbouring country", "the neighbouring state": the country
  // named last before it, in the same sentence or the two before, other
  // than the story's own ("threatened strikes inside Karvenia, accusing the
  // neighbouring country of ...").
  int neighbour_referent(uint32_t k) const {
    const std::string w = ascii_lower(doc_.form(token(k)));
    if (token(k).upos != "NOUN" || (w != "country" && w != "state")) return -1;
    bool definite = false, neighbouring = false;
    for (uint32_t c : children(k)) {
      const std::string d = ascii_lower(doc_.form(token(c)));
      if (token(c).deprel == "det") definite = d == "the";
      if (token(c).deprel == "amod") neighbouring = d == "neighbouring" || d == "neighboring";
    }
    if (!definite || !neighbouring) return -1;
    return last_mention_before(k, [this](const DocEntity& e) {
      return e.type == NodeType::Place && e.kind == "country" && e.name != doc_.main_country;
    });
  }

  // "terrorist groups like X", "militias such as X", "factions, including
  // X": a plural noun that names no one stands for the names it is
  // exemplified by (the first; arguments() adds its conjuncts). A
  // parenthesis between is skipped: "groups like (the Qaeda-linked) X".
  int named_example(uint32_t k) const {
    if (token(k).upos != "NOUN" || token(k).xpos != "NNS") return -1;
    uint32_t j = k + 1;
    if (in_sentence(j) && doc_.form(token(j)) == ",") ++j;
    if (!in_sentence(j)) return -1;
    const std::string w = ascii_lower(doc_.form(token(j)));
    if (w == "such" && in_sentence(j + 1) && ascii_lower(doc_.form(token(j + 1))) == "as") ++j;
    else if (w != "like" && w != "including") return -1;
    ++j;
    if (in_sentence(j) && doc_.form(token(j)) == "(") {
      while (in_sentence(j) && doc_.form(token(j)) != ")") ++j;
      ++j;
    }
    if (in_sentence(j) && ascii_lower(doc_.form(token(j))) == "the") ++j;
    if (!in_sentence(j)) return -1;
    int m = mention_at(j);
    return m >= 0 && doc_.mentions[m].first_token == j ? m : -1;
  }

  // "its"/"their" as a possessor: the nearest actor named before it in the
  // sentence (an organization, group or country), if any.
  int possessive_referent(uint32_t k, uint32_t trigger) const {
    std::string w = ascii_lower(doc_.form(token(k)));
    if ((w != "its" && w != "their") || token(k).deprel != "nmod:poss") return -1;
    // "X said its jets had struck Y": the speaker.
    if (int m = reported_speaker(k, trigger); m >= 0) return m;
    for (uint32_t j = k; j > sentence_.first_token;) {
      --j;
      int m = mention_at(j);
      if (m < 0) continue;
      const DocEntity& e = doc_.entities[doc_.mentions[m].entity];
      if (!is_acting_party(e)) return -1;
      // "X and Y tightened their blockade": "their" is the whole list.
      return w == "their" ? list_head(m) : m;
    }
    return -1;
  }

  // The mentions of the first path alternative that reaches any, with
  // their conjuncts ("X and Y").
  std::vector<int> arguments(const std::vector<Path>& alternatives, uint32_t trigger, bool agent) const {
    for (const Path& path : alternatives) {
      std::vector<int> found;
      bool self = !path.empty() && (path[0].kind == PathStep::Self || path[0].kind == PathStep::Before ||
                                    path[0].kind == PathStep::Actor || path[0].kind == PathStep::After);
      std::vector<uint32_t> words = follow(path, trigger);
      // "accused X and its Y ally", parsed with "ally" as a conjunct of the
      // verb: a noun conjunct of the verb with no verb of its own is
      // another object.
      if (!words.empty() && path.size() == 1 && path[0].kind == PathStep::Down && path[0].relation == "obj")
        for (uint32_t c : children(trigger))
          if (token(c).deprel == "conj" && c > words.back() &&
              (token(c).upos == "NOUN" || token(c).upos == "PROPN") && subject_child(c) < 0 &&
              object_child(c) < 0)
            words.push_back(c);
      for (uint32_t k : words) {
        int m = self ? mention_at(k) : mention_for(k, trigger, 0, agent);
        if (m < 0) continue;
        found.push_back(m);
        // Conjuncts of the word, and of the name it led to: "the towns of
        // X and Y" reaches X, whose conjunct is Y; and theirs, for a parse
        // that chains a list ("X, Y and Z": Z a conjunct of Y).
        std::vector<uint32_t> heads = {k};
        if (doc_.mentions[m].sentence == index_)  // a pronoun's referent may be earlier
          for (uint32_t t = doc_.mentions[m].first_token; t < doc_.mentions[m].end_token; ++t)
            if (t != k) heads.push_back(t);
        // A conjunct with a subordinator of its own ("X, while Y is backed
        // by Z", misparsed as a list) heads a clause, not a list member.
        auto clause = [this](uint32_t c) {
          for (uint32_t d : children(c))
            if (token(d).deprel == "mark") return true;
          return false;
        };
        for (size_t i = 0; i < heads.size() && i < 32; ++i)
          for (uint32_t c : children(heads[i]))
            if (token(c).deprel == "conj" && !clause(c)) {
              if (token(c).upos != "VERB" && token(c).upos != "AUX") heads.push_back(c);
              if (int cm = mention_for(c, trigger, 0, agent); cm >= 0 && cm != m) found.push_back(cm);
            }
        // "Russian and Syrian jets", "U.S. and British warplanes": the
        // name's first word is a conjunct of a modifier before it, which the
        // recognizer named.
        const Mention& men = doc_.mentions[m];
        if (men.sentence == index_ && token(men.first_token).deprel == "conj")
          if (int h = token(men.first_token).head;
              in_sentence(h) && h < static_cast<int>(men.first_token) &&
              (token(h).deprel == "amod" || token(h).deprel == "compound"))
            if (int cm = mention_at(static_cast<uint32_t>(h)); cm >= 0 && cm != m) found.push_back(cm);
      }
      if (!found.empty()) {
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        return found;
      }
    }
    return {};
  }

  // Noun k names its own agent: an actor as its adjective, compound or
  // possessor ("Iranian attacks", "rebel raids", "its strikes").
  bool has_own_agent(uint32_t k) const {
    for (uint32_t c : children(k)) {
      const std::string& rel = token(c).deprel;
      if (rel != "amod" && rel != "compound" && rel != "nmod:poss") continue;
      if (int m = mention_for(c, k, 1, true); m >= 0 && is_acting_party(doc_.entities[doc_.mentions[m].entity]))
        return true;
    }
    return false;
  }

  // Whether mention m modifies an attack noun ("a Russian assault", "the
  // rebels' offensive"): it names who attacks, so whatever is done to the
  // noun ("repelled a Russian assault") is not done to m.
  bool agent_of_attack_noun(int m) const {
    const Mention& men = doc_.mentions[m];
    if (men.sentence != index_) return false;
    for (uint32_t k = men.first_token; k < men.end_token; ++k) {
      const Token& t = token(k);
      if (t.head >= 0 && static_cast<uint32_t>(t.head) >= men.first_token &&
          static_cast<uint32_t>(t.head) < men.end_token)
        continue;  // inside the mention
      if (t.deprel != "amod" && t.deprel != "compound" && t.deprel != "nmod:poss") return false;
      if (!in_sentence(t.head)) return false;
      const Token& noun = token(static_cast<uint32_t>(t.head));
      if (noun.upos != "NOUN") return false;
      for (const std::string& key : {ascii_lower(doc_.form(noun)), noun.lemma})
        if (auto rules = patterns_.rules_for(key))
          for (const PatternRule* r : *rules)
            if (r->type == EdgeType::Attacks &&
                std::find(r->upos.begin(), r->upos.end(), "NOUN") != r->upos.end())
              return true;
      return false;
    }
    return false;
  }

  // Word k triggers a calls-on rule ("urged", "asked", "called").
  bool calls_on(uint32_t k) const {
    for (const std::string& key : {ascii_lower(doc_.form(token(k))), token(k).lemma})
      if (auto rules = patterns_.rules_for(key))
        for (const PatternRule* r : *rules)
          if (r->type == EdgeType::CallsOn) return true;
    return false;
  }

  void flags(uint32_t trigger, bool& negated, bool& hedged) const {
    negated = hedged = false;
    std::vector<uint32_t> scope = {trigger};
    uint32_t k = trigger;
    // "may launch an offensive", "whether X withheld aid": the verb whose
    // object a noun trigger is carries its modality.
    // But a verb that ends the event presupposes it: "unless the army lifts
    // the siege", "did not break the siege" still state the siege.
    static const std::set<std::string> kEnding = {"lift", "end", "break", "ease", "relax", "raise", "halt", "stop"};
    if (token(k).upos == "NOUN" && token(k).deprel == "obj" && in_sentence(token(k).head) &&
        token(token(k).head).upos == "VERB" && !kEnding.count(token(token(k).head).lemma)) {
      k = static_cast<uint32_t>(token(k).head);
      scope.push_back(k);
    }
    // "will not stop bombing": the governing verb's modifiers count too.
    while ((token(k).deprel == "xcomp" || token(k).deprel == "conj") && token(k).head >= 0) {
      k = static_cast<uint32_t>(token(k).head);
      scope.push_back(k);
    }
    // "X urged Y to attack Z", "X threatened to strike Z": the attack is
    // asked for or intended, not reported. A clause under a verb that
    // triggers a calls-on rule or states an intention is hedged.
    for (size_t i = 0; i + 1 < scope.size(); ++i)
      if (token(scope[i]).deprel == "xcomp" && (calls_on(scope[i + 1]) || is_intention_verb(scope[i + 1])))
        hedged = true;
    // "urged X to focus on routing out Y": an adverbial clause the verb
    // asked for introduces ("on", "by") is asked for too; a bare participle
    // after a comma ("threatened to strike Y, accusing Z") is the speaker's
    // own act, whatever the parse hung it on.
    bool introduced = false;
    for (uint32_t c : children(k))
      introduced = introduced || token(c).deprel == "mark" || token(c).deprel == "case";
    if (token(k).deprel == "advcl" && introduced && in_sentence(token(k).head)) {
      const uint32_t asked = static_cast<uint32_t>(token(k).head);
      if (token(asked).deprel == "xcomp" && in_sentence(token(asked).head) &&
          (calls_on(static_cast<uint32_t>(token(asked).head)) || is_intention_verb(static_cast<uint32_t>(token(asked).head))))
        hedged = true;
    }
    for (uint32_t s : scope)
      if (denial_verb(s) >= 0) negated = true;
    for (uint32_t s : scope) {
      for (uint32_t c : children(s)) {
        std::string w = ascii_lower(doc_.form(token(c)));
        const std::string& rel = token(c).deprel;
        if ((rel == "advmod" || rel == "det" || rel == "neg") &&
            (w == "not" || w == "n't" || w == "never" || w == "no"))
          negated = true;
        if (rel == "aux" && (w == "may" || w == "might" || w == "could" || w == "would" ||
                             w == "should"))
          hedged = true;
        // "if", "whether", "unless", and "warned Y against arming Z".
        if (rel == "mark" && (w == "if" || w == "whether" || w == "unless" || w == "against")) hedged = true;
      }
    }
  }

  // "X denied arming Y", "X denied that it had shelled Y", "X rejected
  // claims that its forces bombed Y": the denying verb over the clause, or -1.
  int denial_verb(uint32_t clause) const {
    static const std::set<std::string> kDeny = {"deny", "refute", "dismiss", "reject"};
    static const std::set<std::string> kClaim = {"claim", "report", "accusation", "allegation", "charge",
                                                 "suggestion", "assertion"};
    auto lemma = [this](uint32_t k) {
      const Token& t = token(k);
      return t.lemma.empty() ? ascii_lower(doc_.form(t)) : t.lemma;
    };
    const Token& t = token(clause);
    if ((t.deprel != "ccomp" && t.deprel != "xcomp" && t.deprel != "acl") || !in_sentence(t.head)) return -1;
    uint32_t head = static_cast<uint32_t>(t.head);
    // "deny" itself takes the clause; "reject" and "dismiss" only through a
    // claim noun ("rejected the idea of talks" is no denial).
    if (t.deprel != "acl" && (lemma(head) == "deny" || lemma(head) == "refute")) return static_cast<int>(head);
    if (!kClaim.count(lemma(head)) || token(head).deprel != "obj" || !in_sentence(token(head).head)) return -1;
    uint32_t verb = static_cast<uint32_t>(token(head).head);
    return kDeny.count(lemma(verb)) ? static_cast<int>(verb) : -1;
  }

  // "tried to retake X", "an attempt to capture X", "failed to take X": a
  // capture attempted is not a capture made (an attack attempted is still
  // an attack, so only captures ask this).
  bool attempted(uint32_t trigger) const {
    static const std::set<std::string> kAttempt = {"try", "attempt", "seek", "fail", "struggle"};
    const Token& t = token(trigger);
    if (t.deprel != "xcomp" && t.deprel != "acl") return false;
    if (!in_sentence(t.head)) return false;
    const Token& head = token(static_cast<uint32_t>(t.head));
    const std::string lemma = ascii_lower(head.lemma.empty() ? doc_.form(head) : head.lemma);
    return kAttempt.count(lemma) > 0;
  }

  // Whether the trigger is the object of a verb that undoes its event. A
  // noun that names its own agent stays that agent's event ("X repelled
  // Iranian attacks on Y": Iran attacked Y).
  // So is a noun a verb or noun of answering governs through "to", "for"
  // or "against" ("would respond to any aggression against Y", "in
  // retaliation for attacks on Y": someone else's act).
  bool undone(const PatternRule& rule, uint32_t trigger) const {
    if (rule.unless_object_of.empty() || has_own_agent(trigger)) return false;
    if (object_of_any(trigger, rule.unless_object_of)) return true;
    const Token& t = token(trigger);
    const bool oblique = t.deprel == "obl" || t.deprel == "nmod" || t.deprel.rfind("obl:", 0) == 0 ||
                         t.deprel.rfind("nmod:", 0) == 0;
    static const std::vector<std::string> kAnswerCases = {"to", "for", "against"};
    if (!oblique || !in_sentence(t.head) || !has_case(trigger, kAnswerCases)) return false;
    const Token& head = token(static_cast<uint32_t>(t.head));
    const std::string lower = ascii_lower(doc_.form(head));
    return std::any_of(rule.unless_object_of.begin(), rule.unless_object_of.end(),
                       [&](const std::string& w) { return w == head.lemma || w == lower; });
  }

  // Whether the rule names the verbs its trigger must be the object of,
  // and the trigger is not.
  bool outside_verbs(const PatternRule& rule, uint32_t trigger) const {
    return !rule.object_of.empty() && !object_of_any(trigger, rule.object_of);
  }

  // Whether the trigger is the object of a verb whose lemma or lower-case
  // form is listed.
  bool object_of_any(uint32_t trigger, const std::vector<std::string>& verbs) const {
    if (token(trigger).deprel != "obj" || !in_sentence(token(trigger).head)) return false;
    const Token& verb = token(static_cast<uint32_t>(token(trigger).head));
    const std::string lower = ascii_lower(doc_.form(verb));
    return std::any_of(verbs.begin(), verbs.end(), [&](const std::string& w) { return w == verb.lemma || w == lower; });
  }

  // Whether the sentence holds a word that gives the trigger another sense.
  bool other_sense(const PatternRule& rule) const {
    if (rule.unless_words.empty()) return false;
    for (uint32_t k = sentence_.first_token; k < sentence_.end_token; ++k) {
      const std::string w = ascii_lower(doc_.form(token(k)));
      if (std::find(rule.unless_words.begin(), rule.unless_words.end(), w) != rule.unless_words.end()) return true;
    }
    return false;
  }

  void apply(const PatternRule& rule, uint32_t trigger) {
    if (undone(rule, trigger) || outside_verbs(rule, trigger) || other_sense(rule)) return;
    for (const Frame* frame : rule.frames) {
      if (std::any_of(frame->unless.begin(), frame->unless.end(),
                      [&](const Path& p) { return !follow(p, trigger).empty(); }))
        continue;
      if (frame->unless_own_agent && has_own_agent(trigger)) continue;
      // A rule that reverses its arguments finds its agent among the targets.
      std::vector<int> sources = arguments(frame->source, trigger, !rule.reverse);
      if (sources.empty()) continue;
      std::vector<int> targets = arguments(frame->target, trigger, rule.reverse);
      if (frame->symmetric_pairs) {
        for (size_t i = 0; i < sources.size(); ++i)
          for (size_t j = i + 1; j < sources.size(); ++j) add(rule, *frame, trigger, sources[i], sources[j]);
        continue;
      }
      if (rule.type == EdgeType::Attacks && !rule.reverse)
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](int t) { return agent_of_attack_noun(t); }),
                      targets.end());
      if (frame->target_places_only) {
        auto not_place = [&](int t) { return doc_.entities[doc_.mentions[t].entity].type != NodeType::Place; };
        targets.erase(std::remove_if(targets.begin(), targets.end(), not_place), targets.end());
      }
      for (int s : sources)
        for (int t : targets) {
          if (rule.reverse) add(rule, *frame, trigger, t, s);
          else add(rule, *frame, trigger, s, t);
        }
    }
  }

  void add(const PatternRule& rule, const Frame& frame, uint32_t trigger, int source, int target) {
    const Mention& s = doc_.mentions[source];
    const Mention& t = doc_.mentions[target];
    if (s.entity == t.entity) return;
    if (!relation_types_fit(rule.type, doc_.entities[s.entity], doc_.entities[t.entity])) return;
    if (!rule.target_types.empty() && std::find(rule.target_types.begin(), rule.target_types.end(),
                                                doc_.entities[t.entity].type) == rule.target_types.end())
      return;
    Relation r;
    r.type = rule.type;
    r.source = s.entity;
    r.target = t.entity;
    r.sentence = index_;
    r.trigger = token(trigger).span;
    r.source_span = s.span;
    r.target_span = t.span;
    r.confidence = rule.confidence;
    r.rule = rule.name + "/" + frame.name;
    flags(trigger, r.negated, r.hedged);
    if (r.type == EdgeType::Captures && attempted(trigger)) r.hedged = true;
    doc_.relations.push_back(std::move(r));
    if (fired_) ++(*fired_)[rule.name];
  }

  const PatternSet& patterns_;
  const Lexicon& lexicon_;
  Document& doc_;
  const Sentence& sentence_;
  int index_;
  std::map<std::string, int>* fired_;
  std::vector<std::vector<uint32_t>> children_;
  std::vector<int> mention_at_;
};

}  // namespace

bool is_acting_party(const DocEntity& e) {
  return is_collective_actor(e.type) || (e.type == NodeType::Place && e.kind == "country");
}

bool describes_named_group(const Document& doc, const Mention& name, const Mention& descriptor) {
  if (name.end_token != descriptor.first_token || name.entity < 0 || descriptor.entity < 0) return false;
  if (doc.entities[name.entity].type != NodeType::Group || doc.entities[descriptor.entity].type != NodeType::Group)
    return false;
  // "X rebels" is X's fighters or a plural actor, not "X, a rebel group".
  std::string last = ascii_lower(doc.form(doc.tokens[descriptor.end_token - 1]));
  return !last.empty() && last.back() != 's';
}

bool has_parse(const Document& doc) {
  return std::any_of(doc.tokens.begin(), doc.tokens.end(),
                     [](const Token& t) { return !t.deprel.empty(); });
}

bool relation_types_fit(EdgeType type, const DocEntity& s, const DocEntity& t) {
  auto is_place = [](const DocEntity& e) { return e.type == NodeType::Place; };
  auto is_country = [](const DocEntity& e) {
    return e.type == NodeType::Place && (e.kind == "country" || e.kind == "region");
  };
  auto actor = [&](const DocEntity& e) { return !is_place(e) || is_country(e); };
  switch (type) {
    case EdgeType::LocatedIn:
      return is_place(s) && is_place(t) && !is_country(s);
    case EdgeType::BasedIn:
      return is_collective_actor(s.type) && is_place(t);
    case EdgeType::MemberOf:
      // A country may lead or belong to a coalition or an alliance.
      return (s.type == NodeType::Person || s.type == NodeType::Group ||
              (is_country(s) && t.type != NodeType::Place)) &&
             (is_collective_actor(t.type) || is_country(t));
    case EdgeType::Captures:
      return actor(s) && s.type != NodeType::Person && is_place(t) && !is_country(t);
    case EdgeType::Besieges:
      return actor(s) && s.type != NodeType::Person && (is_place(t) || t.type == NodeType::Group);
    case EdgeType::Attacks:
      return actor(s) && s.type != NodeType::Person;
    default:
      return actor(s) && actor(t);
  }
}

void extract_dependency_relations(const PatternSet& patterns, const Lexicon& lexicon, Document& doc,
                                  std::map<std::string, int>* fired) {
  if (!has_parse(doc)) return;
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    SentenceMatcher(patterns, lexicon, doc, static_cast<int>(s), fired).run();
}

}  // namespace newsgraph
