// Word classes from a dictionary: which parts of speech a word can have and
// whether it is a known name, for words the tagger never saw in training.
//
// Built from the WordNet-derived lists in schemas/gazetteers/
// (wordnet_pos.tsv, wordnet_given_names.txt, wordnet_surnames.txt,
// wordnet_places.txt) and stored inside the tagger model, so tagging needs
// no files beyond the model. Lookup is by lower-cased form; regular
// inflections are stripped (-s, -ed, -ing, -er, -est, -ly) and reported as
// their own bits, so "bottling" says "the -ing form of a verb and noun".
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/nlp/model_io.h"

namespace newsgraph::nlp {

class WordClasses {
 public:
  // Bits of an entry (a word as listed).
  enum : uint32_t {
    kNoun = 1, kName = 2, kVerb = 4, kAdjective = 8, kAdverb = 16,
    kIrregularPlural = 32, kIrregularVerbForm = 64, kIrregularComparative = 128,
    kGivenName = 256, kSurname = 512, kPlace = 1024,
  };
  // Bits added by lookup() for a word found only after stripping an ending.
  enum : uint32_t { kStemShift = 12 };  // stem bits << 12, ending id << 24

  // Reads the lists from `dir`; throws std::runtime_error naming a missing file.
  static WordClasses from_lists(const std::filesystem::path& dir);

  // 0 for a word the lists do not know (or an empty lexicon).
  uint32_t lookup(std::string_view word) const;
  // Whether the lists have `lemma` itself (no ending stripped) as a verb.
  bool is_verb_lemma(std::string_view lemma) const;
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }

  void save(Writer& w) const;
  void load(Reader& r);

 private:
  uint32_t entry(const std::string& lower) const;
  std::unordered_map<std::string, uint32_t> entries_;  // lower-case word → bits
};

}  // namespace newsgraph::nlp
