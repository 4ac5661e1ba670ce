// Lemmatizer: an exception list and suffix rules, both learned from a
// treebank.
//
// A rule rewrites the end of a word: "drop n bytes, append s", applied to the
// form as written or lowercased ("studies" NNS → drop 3, append "y",
// lowercase). Training counts, for every XPOS and every word ending of up to
// five bytes, which rule produced the gold lemma; the rule of the longest
// known ending wins. Training words whose lemma the rules get wrong
// ("went" → "go", "men" → "man") are stored as exceptions, looked up first.
// The data file is plain TSV, so that it is readable and diffable.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/word_classes.h"

namespace newsgraph::nlp {

class Lemmatizer {
 public:
  // Throws ModelError naming the file when it is missing or corrupt.
  static Lemmatizer load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;

  // With a dictionary, a verb form whose rule gives no listed verb takes the
  // listed verb its ending leaves instead: the rule learnt from "travelled"
  // makes "shelled" "shel", the dictionary knows "shell".
  std::string lemma(std::string_view form, std::string_view xpos,
                    const WordClasses* dictionary = nullptr) const;

  // Fills Token::lemma (needs Token::xpos).
  void lemmatize(Document& doc, const WordClasses* dictionary = nullptr) const;
  // Fills the LEMMA column (needs XPOS).
  void lemmatize(conllu::Sentence& sentence, const WordClasses* dictionary = nullptr) const;

  size_t num_rules() const { return rules_.size(); }
  size_t num_exceptions() const { return exceptions_.size(); }

 private:
  friend Lemmatizer train_lemmatizer(const std::vector<conllu::Sentence>& train);
  struct Rule {
    bool lowercase = false;
    unsigned strip = 0;
    std::string append;
  };
  std::string rule_lemma(std::string_view form, std::string_view xpos) const;

  std::unordered_map<std::string, Rule> rules_;             // xpos '\t' ending → rule
  std::unordered_map<std::string, std::string> exceptions_;  // form '\t' xpos → lemma
};

Lemmatizer train_lemmatizer(const std::vector<conllu::Sentence>& train);

}  // namespace newsgraph::nlp
