// The statistical NLP stage as one value: tagger, lemmatizer and parser,
// loaded from one directory (the repository's models/), applied in order.
#pragma once

#include <filesystem>

#include "extract/document.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/dependency_parser.h"
#include "extract/nlp/lemmatizer.h"
#include "extract/nlp/tagger.h"

namespace newsgraph::nlp {

inline constexpr const char* kTaggerFile = "tagger.bin";
inline constexpr const char* kLemmatizerFile = "lemmatizer.tsv";
inline constexpr const char* kParserFile = "parser.bin";

struct NlpModels {
  Tagger tagger;
  Lemmatizer lemmatizer;
  DependencyParser parser;

  // Loads dir/tagger.bin, dir/lemmatizer.tsv and dir/parser.bin; throws
  // ModelError naming the first file that is missing or corrupt.
  static NlpModels load(const std::filesystem::path& dir);

  // Tags, lemmatizes and parses every sentence (needs tokens and sentences).
  void annotate(Document& doc) const;
  // Same for a gold-tokenized sentence: fills UPOS, XPOS, LEMMA, HEAD, DEPREL.
  void annotate(conllu::Sentence& sentence) const;
};

// Sentence `index` of an annotated document as CoNLL-U, with "# sent_id"
// and "# text" comments and SpaceAfter=No where tokens touch.
conllu::Sentence to_conllu(const Document& doc, size_t index);

}  // namespace newsgraph::nlp
