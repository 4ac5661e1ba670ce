#include "extract/nlp/tree_repairs.h"

#include <array>
#include <cctype>
#include <string>

namespace newsgraph::nlp {

namespace {

bool is_finite_verb(std::string_view xpos) {
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

// The dependents of each word, in order, so that each repair reads the tree
// in time linear in the sentence (pages can hold very long "sentences").
std::vector<std::vector<int>> dependents_of(const std::vector<int>& heads) {
  std::vector<std::vector<int>> dependents(heads.size());
  for (size_t d = 0; d < heads.size(); ++d)
    if (heads[d] >= 0) dependents[static_cast<size_t>(heads[d])].push_back(static_cast<int>(d));
  return dependents;
}

bool has_subject(const std::vector<int>& dependents, const std::vector<std::string_view>& labels) {
  for (int d : dependents)
    if (labels[d].rfind("nsubj", 0) == 0 || labels[d].rfind("csubj", 0) == 0) return true;
  return false;
}

bool is_verb_of_accusing(std::string_view form) {
  static const std::array<std::string_view, 6> kStems = {"accus", "blam", "criticis", "criticiz", "condemn",
                                                         "denounc"};
  std::string lower(form);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view stem : kStems)
    if (lower.rfind(stem, 0) == 0) return true;
  return false;
}

}  // namespace

bool reattach_verb_after_relative_clause(const std::vector<std::string_view>& forms,
                                         const std::vector<std::string_view>& xpos,
                                         const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                         std::vector<std::string_view>& labels) {
  const int n = static_cast<int>(forms.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (heads[i] < 0) root = i;
  if (root < 0 || (upos[root] != "NOUN" && upos[root] != "PROPN")) return false;
  const auto dependents = dependents_of(heads);
  for (int clause : dependents[root]) {
    if (clause < root || labels[clause] != "acl:relcl") continue;
    for (int verb : dependents[clause]) {
      if (verb < clause || labels[verb] != "conj" || upos[verb] != "VERB" || forms[verb - 1] != ",") continue;
      bool cc = false, passive = false;
      for (int d : dependents[verb]) {
        cc = cc || labels[d] == "cc";
        passive = passive || labels[d] == "aux:pass";
      }
      // A finite verb, or a past form the tagger took for a participle
      // ("which backs X, responded": VBN), or a passive with its auxiliary.
      if (cc || has_subject(dependents[verb], labels) ||
          !(is_finite_verb(xpos[verb]) || xpos[verb] == "VBN" || passive))
        continue;
      heads[verb] = -1;
      labels[verb] = "root";
      heads[root] = verb;
      labels[root] = passive ? "nsubj:pass" : "nsubj";
      for (int d : dependents[root])
        if (d > verb) heads[d] = verb;
      return true;
    }
  }
  return false;
}

bool join_coordinated_subjects(std::vector<int>& heads, std::vector<std::string_view>& labels) {
  const auto dependents = dependents_of(heads);
  bool changed = false;
  for (size_t verb = 0; verb < dependents.size(); ++verb) {
    // The verb's dependents in order: a subject, a conjunction, a subject,
    // all before the verb.
    int first = -1, cc = -1;
    for (int d : dependents[verb]) {
      if (d > static_cast<int>(verb)) break;
      if (labels[d] == "nsubj" && first < 0) {
        first = d;
      } else if (labels[d] == "cc" && first >= 0) {
        cc = d;
      } else if (labels[d] == "nsubj" && cc >= 0) {
        heads[d] = first;
        labels[d] = "conj";
        heads[cc] = d;
        changed = true;
        break;
      }
    }
  }
  return changed;
}

bool reattach_subject_with_preposition(const std::vector<std::string_view>& forms,
                                       const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                       std::vector<std::string_view>& labels) {
  const int n = static_cast<int>(heads.size());
  const auto dependents = dependents_of(heads);
  bool changed = false;
  for (int phrase = 0; phrase < n; ++phrase) {
    const int verb = heads[phrase];
    if (labels[phrase] != "nsubj" || verb < 0) continue;
    int preposition = -1, other_subject = -1;
    for (int c : dependents[phrase])
      if (labels[c] == "case" && c < phrase && upos[c] == "ADP") preposition = c;
    for (int c : dependents[verb])
      if (c < phrase && labels[c].rfind("nsubj", 0) == 0) other_subject = c;
    if (preposition < 0 || other_subject < 0) continue;
    // The verb between the other subject and the phrase ("backed").
    int between = -1;
    for (int c : dependents[other_subject])
      if (c > other_subject && c < preposition && upos[c] == "VERB") between = c;
    if (between < 0) continue;
    heads[phrase] = between;
    labels[phrase] = forms[preposition] == "by" || forms[preposition] == "By" ? "obl:agent" : "obl";
    changed = true;
  }
  return changed;
}

bool reattach_finite_conjunct_of_infinitive(const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                                            std::vector<std::string_view>& labels) {
  const int n = static_cast<int>(heads.size());
  const auto dependents = dependents_of(heads);
  bool changed = false;
  for (int verb = 0; verb < n; ++verb) {
    const int infinitive = heads[verb];
    if (labels[verb] != "conj" || infinitive < 0 || (xpos[verb] != "VBD" && xpos[verb] != "VBZ")) continue;
    if (labels[infinitive] != "xcomp" || xpos[infinitive] != "VB" || heads[infinitive] < 0) continue;
    if (has_subject(dependents[verb], labels)) continue;
    heads[verb] = heads[infinitive];
    changed = true;
  }
  return changed;
}

bool reattach_gerund_of_accusation(const std::vector<std::string_view>& forms,
                                   const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                                   std::vector<std::string_view>& labels) {
  const int n = static_cast<int>(heads.size());
  const auto dependents = dependents_of(heads);
  bool changed = false;
  for (int gerund = 0; gerund < n; ++gerund) {
    const int accused = heads[gerund];
    if (labels[gerund] != "acl" || xpos[gerund] != "VBG" || accused < 0 || accused > gerund) continue;
    // Y is the object; in the passive ("X was accused by Y of ..."), the
    // gerund hangs on the accuser, and X (nsubj:pass) is its subject.
    const std::string_view role = labels[accused];
    if ((role != "obj" && role != "iobj" && role != "obl:agent") || heads[accused] < 0) continue;
    const int verb = heads[accused];
    if (!is_verb_of_accusing(forms[verb])) continue;
    bool marked = false;
    for (int d : dependents[gerund])
      marked = marked || (labels[d] == "mark" && d < gerund && (forms[d] == "of" || forms[d] == "for"));
    if (!marked) continue;
    heads[gerund] = verb;
    labels[gerund] = "advcl";
    changed = true;
  }
  return changed;
}

}  // namespace newsgraph::nlp
