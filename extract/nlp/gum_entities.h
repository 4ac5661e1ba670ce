// GUM documents and their named person / place / organization spans: the
// gold data of the statistical named-entity tagger (extract/nlp/ner_model.h).
//
// GUM marks every entity mention (named, nominal or pronominal) in the MISC
// column, CoNLL-2012 style: "Entity=(4-place-new-...-United_States" opens
// mention 4 of type place, "4)" closes it. A mention is NAMED when
//   * its type is person, place or organization (GUM has no "group"; the
//     rule-based recognizer supplies that type), and
//   * its head word — the first word of the span whose syntactic head lies
//     outside the span — is PROPN ("contemporary America", "the University
//     of Chicago"); or a PROPN word in the span is in apposition to a common
//     noun head ("the prominent critic Eduard Hanslick": GUM gives the name
//     no mention of its own), or hangs from it by `flat`, as GUM's trees
//     attach a name to the title before it ("outgoing governor Bob
//     McDonnell": governor ← flat Bob, flat McDonnell).
// The named span is the name inside the mention, not the whole noun phrase:
// from that PROPN word, extend left over PROPN and capitalised words (not
// DET/PRON/ADP/PUNCT), and right over PROPN and capitalised words and over
// runs of connectors ("of", "the", "&", "-", "de", ...) that lead to a PROPN
// word that is not a conjunct: "the University of Chicago" → "University of
// Chicago", "Obama, who ..." → "Obama", "Brin and Djibonker" → "Brin".
// Capitalised titles stay inside, as GUM's spans have them: "NASA
// Administrator Charles Bolden" (the integrator strips titles for Mention::name).
// Nested names cannot be BILOU-tagged, so among overlapping named spans the
// longest (then the first) is kept: "Governor of Virginia" (person) hides
// "Virginia" (place).
// Names of GUM's other types (event, abstract, object, substance, ...: "the
// Space Shuttle Program", "Eegimaa") are found by the same rule and kept apart
// as "other names" where they overlap no person/place/organization name: the
// tagger learns them as a fourth type and drops them, so that a capitalised
// PROPN is not forced into one of the three types.
#pragma once

#include <string>
#include <vector>

#include "extract/nlp/conllu.h"
#include "extract/ontology.h"

namespace newsgraph::nlp {

// A typed name over words [begin, end) of one sentence.
struct NamedSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  NodeType type = NodeType::Person;
  bool operator==(const NamedSpan& o) const { return begin == o.begin && end == o.end && type == o.type; }
};

// One GUM document: its sentences and their gold named spans.
struct NerDocument {
  std::string id;     // "GUM_news_iodine"
  std::string genre;  // "news" (from "# meta::genre", else the id)
  std::vector<conllu::Sentence> sentences;
  std::vector<std::vector<NamedSpan>> names;  // per sentence, sorted, disjoint
  std::vector<std::vector<NamedSpan>> other_names;  // per sentence; type unused
};

// The person / place / organization names of one sentence by the rule above,
// and, when `other` is given, the other names. Mentions left open at the end
// of the sentence (GUM has none) are ignored.
std::vector<NamedSpan> gum_named_spans(const conllu::Sentence& sentence, std::vector<NamedSpan>* other = nullptr);

// Splits sentences into documents at "# newdoc id = ..." comments and fills
// each document's names.
std::vector<NerDocument> gum_documents(std::vector<conllu::Sentence> sentences);

}  // namespace newsgraph::nlp
