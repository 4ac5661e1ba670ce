// EntityRecognizer: typed mentions of people, groups, organizations and
// places in a tokenized Document.
//
// Rules over tokens, backed by the Lexicon: known names (gazetteers, alias
// sets, countries), collective actors ("rebels", "Russian warplanes"),
// capitalised spans split at titles and roles ("UN envoy Jane Roe" → UN +
// Jane Roe), typed by head words ("... Committee"), titles ("Mr", "envoy"),
// context ("in X", "X said", "X, the ... capital") and, last, by how the
// document types the same name elsewhere. A country no list knows is known
// by its adjective: "Valdorian" makes "Valdoria" a country. When the tagger
// has run, PROPN tags keep sentence-initial common words out of names.
//
// Fills doc.mentions in text order. Reads doc.tokens and doc.sentences.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/nlp/lexicon.h"

namespace newsgraph {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // `model` (optional): the statistical NER's mentions of this document.
  // Rules decide first; the model types the capitalised names for which the
  // rules have no cue (no lexicon entry, head word, title or context).
  void recognize(Document& doc, const std::vector<Mention>* model = nullptr) const;

  // The country the events happen in ("Syria"), or "" — used to name "the
  // government", "rebels" and "the army" without an adjective. Scored from
  // its name, adjective and towns (the title counting more), and most from
  // its own state and rebels ("the Syrian government"), so that the host of
  // peace talks or a neighbour in the news does not take its place.
  std::string main_country(const Document& doc) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace newsgraph
