#include "extract/nlp/participle_modifier.h"

#include <unordered_set>

#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

bool is_subordinator(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "that", "because", "if", "while", "since", "although", "though", "as", "than", "whether",
      "before", "after", "until", "unless", "once", "so", "like"};
  return kWords.count(lower) > 0;
}

bool is_determiner(std::string_view x) { return x == "DT" || x == "PRP$" || x == "CD" || x == "JJ"; }

}  // namespace

bool is_noun_xpos(std::string_view x) { return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS"; }

bool is_time_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> kTime = {
      "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
      "oct.", "nov.", "dec.", "last", "next", "every", "earlier"};
  return kTime.count(lower) > 0;
}

bool modifies_next_noun(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                        size_t i) {
  if (i < 3 || i + 1 >= forms.size()) return false;
  std::string_view next = xpos[i + 1], noun = xpos[i - 1];
  if ((next != "NN" && next != "NNS") || (noun != "NN" && noun != "NNS" && noun != "NNP")) return false;
  if (is_time_word(ascii_lower(forms[i + 1]))) return false;
  size_t k = i - 2;
  while (k > 0 && is_determiner(xpos[k])) --k;
  if (xpos[k] != "IN" || is_subordinator(ascii_lower(forms[k]))) return false;
  for (size_t m = k; m-- > 0;) {
    std::string_view x = xpos[m];
    if (x == "," || x == ":" || x == "CC" || x == "WDT" || x == "WP" || x == "``" || x == "''" ||
        is_subordinator(ascii_lower(forms[m])))
      return false;
    if (x.substr(0, 2) == "VB" || x == "MD") return true;
  }
  return false;
}

bool is_adjectival_participle(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                              const std::vector<std::string_view>& upos, size_t i) {
  // Participles that name a standing property of the noun (its place, its
  // side, its state) rather than an action of the clause.
  static const std::unordered_set<std::string_view> kAdjectival = {
      "neighbouring", "neighboring", "warring",    "opposing",    "ruling",      "governing",
      "remaining",    "existing",    "advancing",  "retreating",  "fleeing",     "invading",
      "occupying",    "incoming",    "outgoing",   "emerging",    "developing",  "rising",
      "mounting",     "escalating",  "worsening",  "deepening",   "continuing",  "sitting",
      "dissenting",   "participating", "founding", "surrounding"};
  // Verbs whose object is often an -ing clause: "began occupying land",
  // "kept governing Gaza", "stopped developing weapons".
  static const std::unordered_set<std::string_view> kTakesGerund = {
      "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting",
      "stop", "stops", "stopped", "stopping", "keep", "keeps", "kept", "keeping", "continue", "continues",
      "continued", "continuing", "resume", "resumes", "resumed", "resuming", "avoid", "avoids", "avoided",
      "avoiding", "finish", "finishes", "finished", "finishing", "quit", "quits", "quitting", "risk",
      "risks", "risked", "risking", "deny", "denies", "denied", "denying", "admit", "admits", "admitted",
      "admitting", "consider", "considers", "considered", "considering", "suggest", "suggests",
      "suggested", "suggesting", "recommend", "recommends", "recommended", "recommending", "end",
      "ends", "ended", "ending", "cease", "ceases", "ceased", "ceasing", "halt", "halts", "halted",
      "halting", "support", "supports", "supported", "supporting", "oppose", "opposes", "opposed",
      "opposing", "mean", "means", "meant", "involve", "involves", "involved", "involving"};
  if (i == 0 || i + 1 >= forms.size() || xpos[i] != "VBG" || upos[i - 1] != "VERB") return false;
  if (!is_noun_xpos(xpos[i + 1])) return false;
  return kAdjectival.count(ascii_lower(forms[i])) > 0 && kTakesGerund.count(ascii_lower(forms[i - 1])) == 0;
}

}  // namespace newsgraph::nlp
