#include "extract/nlp/tree_repairs.h"

namespace newsgraph::nlp {

namespace {

bool is_finite_verb(std::string_view xpos) {
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

}  // namespace

bool reattach_verb_after_relative_clause(const std::vector<std::string_view>& forms,
                                         const std::vector<std::string_view>& xpos,
                                         const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                         std::vector<std::string>& labels) {
  const int n = static_cast<int>(forms.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (heads[i] < 0) root = i;
  if (root < 0 || (upos[root] != "NOUN" && upos[root] != "PROPN")) return false;
  for (int clause = root + 1; clause < n; ++clause) {
    if (heads[clause] != root || labels[clause] != "acl:relcl") continue;
    for (int verb = clause + 1; verb < n; ++verb) {
      if (heads[verb] != clause || labels[verb] != "conj" || upos[verb] != "VERB" || forms[verb - 1] != ",")
        continue;
      bool own_subject_or_cc = false, passive = false;
      for (int d = 0; d < n; ++d) {
        if (heads[d] != verb) continue;
        own_subject_or_cc = own_subject_or_cc || labels[d] == "cc" || labels[d].rfind("nsubj", 0) == 0 ||
                            labels[d].rfind("csubj", 0) == 0;
        passive = passive || labels[d] == "aux:pass";
      }
      // A finite verb, or a past form the tagger took for a participle
      // ("which backs X, responded": VBN), or a passive with its auxiliary.
      if (own_subject_or_cc || !(is_finite_verb(xpos[verb]) || xpos[verb] == "VBN" || passive)) continue;
      heads[verb] = -1;
      labels[verb] = "root";
      heads[root] = verb;
      labels[root] = passive ? "nsubj:pass" : "nsubj";
      for (int d = verb + 1; d < n; ++d)
        if (heads[d] == root) heads[d] = verb;
      return true;
    }
  }
  return false;
}

bool join_coordinated_subjects(std::vector<int>& heads, std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  bool changed = false;
  for (int first = 0; first < n; ++first) {
    if (labels[first] != "nsubj" || heads[first] < 0) continue;
    const int verb = heads[first];
    for (int second = first + 1; second < n && second < verb; ++second) {
      if (heads[second] != verb || labels[second] != "nsubj") continue;
      int cc = -1;
      for (int c = first + 1; c < second; ++c)
        if (heads[c] == verb && labels[c] == "cc") cc = c;
      if (cc < 0) break;
      heads[second] = first;
      labels[second] = "conj";
      heads[cc] = second;
      changed = true;
      break;
    }
  }
  return changed;
}

bool reattach_subject_with_preposition(const std::vector<std::string_view>& forms,
                                       const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                       std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  bool changed = false;
  for (int phrase = 0; phrase < n; ++phrase) {
    const int verb = heads[phrase];
    if (labels[phrase] != "nsubj" || verb < 0) continue;
    int preposition = -1, other_subject = -1;
    for (int c = 0; c < n; ++c) {
      if (heads[c] == phrase && labels[c] == "case" && c < phrase && upos[c] == "ADP") preposition = c;
      if (heads[c] == verb && c != phrase && labels[c].rfind("nsubj", 0) == 0 && c < phrase) other_subject = c;
    }
    if (preposition < 0 || other_subject < 0) continue;
    // The verb between the other subject and the phrase ("backed").
    int between = -1;
    for (int c = other_subject + 1; c < preposition; ++c)
      if (upos[c] == "VERB" && heads[c] == other_subject) between = c;
    if (between < 0) continue;
    heads[phrase] = between;
    labels[phrase] = forms[preposition] == "by" || forms[preposition] == "By" ? "obl:agent" : "obl";
    changed = true;
  }
  return changed;
}

bool reattach_finite_conjunct_of_infinitive(const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                                            std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  bool changed = false;
  for (int verb = 0; verb < n; ++verb) {
    const int infinitive = heads[verb];
    if (labels[verb] != "conj" || infinitive < 0 || (xpos[verb] != "VBD" && xpos[verb] != "VBZ")) continue;
    if (labels[infinitive] != "xcomp" || xpos[infinitive] != "VB" || heads[infinitive] < 0) continue;
    bool own_subject = false;
    for (int d = 0; d < n; ++d)
      own_subject = own_subject || (heads[d] == verb && labels[d].rfind("nsubj", 0) == 0);
    if (own_subject) continue;
    heads[verb] = heads[infinitive];
    changed = true;
  }
  return changed;
}

}  // namespace newsgraph::nlp
