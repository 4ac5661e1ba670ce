// Repairs of parse trees whose shape the grammar rules out, applied to the
// parser's output. Each names the shape it finds and the tree it builds.
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph::nlp {

// "The brigade, which is backed by X, responded with strikes on Y." The
// parser often makes the noun the root and the main verb a conjunct of the
// relative clause ("backed" conj "responded"), leaving the verb without a
// subject. A verb (finite, or a past form) that is a conjunct of a relative
// clause, set off by a comma, with no conjunction and no subject of its own,
// while the clause's noun is the root, is the main verb: it becomes the root
// and the noun its subject (nsubj, or nsubj:pass under a passive auxiliary);
// the noun's dependents after the verb (the final full stop) move to the verb.
// heads: 0-based head per word, -1 for the root; labels: relation names
// (views of the parser's own names or of literals).
// Returns whether the tree changed.
bool reattach_verb_after_relative_clause(const std::vector<std::string_view>& forms,
                                         const std::vector<std::string_view>& xpos,
                                         const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                         std::vector<std::string_view>& labels);

// "The government and the Northern Brigade signed a truce." The parser
// sometimes gives the verb two subjects with the conjunction between them
// on the verb. A clause has one subject: the second is a conjunct of the
// first (conj), and the conjunction its cc. Returns whether the tree changed.
bool join_coordinated_subjects(std::vector<int>& heads, std::vector<std::string_view>& labels);

// "Government forces backed by Russian air strikes captured X." A subject
// has no preposition; when the parser makes such a phrase a second subject
// of the verb, the phrase belongs to the participle or verb between the two
// subjects: obl:agent with "by", obl otherwise. Returns whether the tree
// changed.
bool reattach_subject_with_preposition(const std::vector<std::string_view>& forms,
                                       const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                       std::vector<std::string_view>& labels);

// "X vowed to return to Y and called on Z to ...": a finite verb (VBD, VBZ)
// cannot be a conjunct of an infinitive ("to return"); the parser's conj
// belongs one level up, to the verb the infinitive completes, so that
// "called" gets X as its subject and no "vowed to" intention. Returns
// whether the tree changed.
bool reattach_finite_conjunct_of_infinitive(const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                                            std::vector<std::string_view>& labels);

// "X accused Y of shelling Z", "X blamed Y for ...": the gerund is what Y
// is accused of, an adverbial clause of the verb of accusing (advcl), as UD
// has it; the parser sometimes hangs it on Y as a clause modifying the name
// (acl), so Y's act reads as no one's; in the passive ("Y was accused by Z
// of ..."), on the accuser Z. Returns whether the tree changed.
bool reattach_gerund_of_accusation(const std::vector<std::string_view>& forms,
                                   const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                                   std::vector<std::string_view>& labels);

}  // namespace newsgraph::nlp
