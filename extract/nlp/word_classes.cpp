#include "extract/nlp/word_classes.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

uint32_t bits_of_letters(std::string_view letters) {
  uint32_t bits = 0;
  for (char c : letters) {
    switch (c) {
      case 'n': bits |= WordClasses::kNoun; break;
      case 'P': bits |= WordClasses::kName; break;
      case 'v': bits |= WordClasses::kVerb; break;
      case 'a': bits |= WordClasses::kAdjective; break;
      case 'r': bits |= WordClasses::kAdverb; break;
      case 'N': bits |= WordClasses::kIrregularPlural; break;
      case 'V': bits |= WordClasses::kIrregularVerbForm; break;
      case 'A': bits |= WordClasses::kIrregularComparative; break;
      default: break;
    }
  }
  return bits;
}

std::ifstream open_list(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot read word list");
  return in;
}

// A regular ending: strip `suffix`, append `replacement`, and keep the stem
// only if the lexicon lists it with one of `stem_classes`.
struct Ending {
  uint32_t id;
  const char* suffix;
  const char* replacement;
  uint32_t stem_classes;
};

constexpr uint32_t kNounOrVerb = WordClasses::kNoun | WordClasses::kVerb;
constexpr Ending kEndings[] = {
    {1, "ies", "y", kNounOrVerb},  {1, "es", "", kNounOrVerb},  {1, "s", "", kNounOrVerb},
    {2, "ied", "y", WordClasses::kVerb}, {2, "ed", "e", WordClasses::kVerb}, {2, "ed", "", WordClasses::kVerb},
    {3, "ing", "e", WordClasses::kVerb}, {3, "ing", "", WordClasses::kVerb},
    {4, "iest", "y", WordClasses::kAdjective}, {4, "ier", "y", WordClasses::kAdjective},
    {4, "est", "", WordClasses::kAdjective}, {4, "er", "", WordClasses::kAdjective},
    {4, "est", "e", WordClasses::kAdjective}, {4, "er", "e", WordClasses::kAdjective},
    {5, "ily", "y", WordClasses::kAdjective}, {5, "ly", "", WordClasses::kAdjective},
};

}  // namespace

WordClasses WordClasses::from_lists(const std::filesystem::path& dir) {
  WordClasses wc;
  std::ifstream pos = open_list(dir / "wordnet_pos.tsv");
  std::string line;
  while (std::getline(pos, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    wc.entries_[line.substr(0, tab)] |= bits_of_letters(std::string_view(line).substr(tab + 1));
  }
  const std::pair<const char*, uint32_t> name_lists[] = {
      {"wordnet_given_names.txt", kGivenName}, {"wordnet_surnames.txt", kSurname}, {"wordnet_places.txt", kPlace}};
  for (const auto& [file, bit] : name_lists) {
    std::ifstream in = open_list(dir / file);
    while (std::getline(in, line))
      if (!line.empty() && line.find(' ') == std::string::npos) wc.entries_[ascii_lower(line)] |= bit;
  }
  return wc;
}

uint32_t WordClasses::entry(const std::string& lower) const {
  auto it = entries_.find(lower);
  return it == entries_.end() ? 0 : it->second;
}

uint32_t WordClasses::lookup(std::string_view word) const {
  if (entries_.empty() || word.empty() || word.size() > 40) return 0;
  const std::string lower = ascii_lower(word);
  uint32_t bits = entry(lower);
  // The first regular ending whose stem is listed with a fitting class.
  for (const Ending& e : kEndings) {
    std::string_view suffix = e.suffix;
    if (lower.size() < suffix.size() + 2 || lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string stem = lower.substr(0, lower.size() - suffix.size()) + e.replacement;
    uint32_t stem_bits = entry(stem) & e.stem_classes;
    // Doubled final consonant: "stopped", "running", "bigger".
    if (!stem_bits && *e.replacement == '\0' && stem.size() >= 3 && stem.back() == stem[stem.size() - 2])
      stem_bits = entry(stem.substr(0, stem.size() - 1)) & e.stem_classes;
    if (stem_bits) return bits | stem_bits << kStemShift | e.id << 24;
  }
  return bits;
}

bool WordClasses::is_verb_lemma(std::string_view lemma) const {
  return !lemma.empty() && lemma.size() <= 40 && (entry(ascii_lower(lemma)) & kVerb) != 0;
}

void WordClasses::save(Writer& w) const {
  std::map<std::string, uint32_t> sorted(entries_.begin(), entries_.end());
  w.put<uint32_t>(static_cast<uint32_t>(sorted.size()));
  for (const auto& [word, bits] : sorted) {
    w.put_string(word);
    w.put<uint32_t>(bits);
  }
}

void WordClasses::load(Reader& r) {
  entries_.clear();
  uint32_t n = r.get<uint32_t>();
  entries_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string word = r.get_string();
    entries_[word] = r.get<uint32_t>();
  }
}

}  // namespace newsgraph::nlp
