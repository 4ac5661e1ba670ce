#include "extract/nlp/lemmatizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "extract/nlp/model_io.h"
#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

constexpr size_t kMaxEnding = 5;
constexpr const char* kHeader = "# newsgraph lemmatizer 1";

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::string key2(std::string_view a, std::string_view b) {
  std::string k(a);
  k += '\t';
  k += b;
  return k;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.push_back("");
  return out;
}

bool is_continuation_byte(std::string_view text, size_t at) {
  return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

}  // namespace

std::string Lemmatizer::rule_lemma(std::string_view form, std::string_view xpos) const {
  std::string lower = ascii_lower(form);
  for (size_t k = std::min(kMaxEnding, lower.size());; --k) {
    auto it = rules_.find(key2(xpos, std::string_view(lower).substr(lower.size() - k)));
    // A rule may not cut a UTF-8 character in two ("´m" is not "'m").
    if (it != rules_.end() && it->second.strip <= form.size() &&
        !is_continuation_byte(form, form.size() - it->second.strip)) {
      const Rule& r = it->second;
      std::string base = r.lowercase ? lower : std::string(form);
      base.resize(base.size() - r.strip);
      return base + r.append;
    }
    if (k == 0) break;
  }
  return std::string(form);
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos,
                              const WordClasses* dictionary) const {
  if (auto it = exceptions_.find(key2(form, xpos)); it != exceptions_.end()) return it->second;
  std::string by_rule = rule_lemma(form, xpos);
  if (!dictionary || dictionary->empty() || dictionary->is_verb_lemma(by_rule)) return by_rule;
  std::string_view ending = xpos == "VBD" || xpos == "VBN" ? "ed" : xpos == "VBG" ? "ing" : "";
  std::string lower = ascii_lower(form);
  if (ending.empty() || lower.size() < ending.size() + 2 ||
      lower.compare(lower.size() - ending.size(), ending.size(), ending) != 0)
    return by_rule;
  // The stem as it is, with an "e" ("used"), and with a doubled last letter
  // undone ("stopped"): the first the dictionary lists as a verb.
  std::string stem = lower.substr(0, lower.size() - ending.size());
  std::string candidates[3] = {stem, stem + "e", ""};
  if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2]) candidates[2] = stem.substr(0, stem.size() - 1);
  for (const std::string& c : candidates)
    if (!c.empty() && dictionary->is_verb_lemma(c)) return c;
  return by_rule;
}

void Lemmatizer::lemmatize(Document& doc, const WordClasses* dictionary) const {
  for (Token& t : doc.tokens) t.lemma = lemma(doc.form(t), t.xpos, dictionary);
}

void Lemmatizer::lemmatize(conllu::Sentence& sentence, const WordClasses* dictionary) const {
  for (conllu::Word& w : sentence.words) w.lemma = lemma(w.form, w.xpos, dictionary);
}

Lemmatizer train_lemmatizer(const std::vector<conllu::Sentence>& train) {
  using Rule = Lemmatizer::Rule;
  auto rule_for = [](const std::string& form, const std::string& lemma) {
    std::string lower = ascii_lower(form);
    size_t keep = common_prefix(form, lemma);
    size_t keep_lower = common_prefix(lower, lemma);
    Rule r;
    if (keep_lower > keep) {
      r.lowercase = true;
      keep = keep_lower;
    }
    r.strip = static_cast<unsigned>(form.size() - keep);
    r.append = lemma.substr(keep);
    return r;
  };
  auto rule_id = [](const Rule& r) {
    std::string id(1, r.lowercase ? 'L' : 'K');
    id.append(std::to_string(r.strip));
    id.push_back('\t');
    id.append(r.append);
    return id;
  };
  // (xpos, ending) → rule id → count; (form, xpos) → lemma → count.
  std::map<std::string, std::map<std::string, int>> ending_rules;
  std::map<std::string, std::map<std::string, int>> word_lemmas;
  std::map<std::string, Rule> rule_of_id;
  for (const conllu::Sentence& s : train) {
    for (const conllu::Word& w : s.words) {
      if (w.lemma == "_" && w.form != "_") continue;
      Rule r = rule_for(w.form, w.lemma);
      std::string id = rule_id(r);
      rule_of_id[id] = r;
      std::string lower = ascii_lower(w.form);
      for (size_t k = 0; k <= std::min(kMaxEnding, lower.size()); ++k)
        ++ending_rules[key2(w.xpos, std::string_view(lower).substr(lower.size() - k))][id];
      ++word_lemmas[key2(w.form, w.xpos)][w.lemma];
    }
  }
  Lemmatizer lem;
  // Keep an ending's rule when it is seen twice and differs from what the
  // shorter ending would give (shorter endings are decided first).
  std::vector<std::pair<std::string, std::string>> by_length;  // key, best rule id
  for (const auto& [key, counts] : ending_rules) {
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->second < 2) continue;
    by_length.push_back({key, best->first});
  }
  std::stable_sort(by_length.begin(), by_length.end(),
                   [](const auto& a, const auto& b) { return a.first.size() < b.first.size(); });
  for (const auto& [key, id] : by_length) {
    size_t tab = key.find('\t');
    std::string xpos = key.substr(0, tab), ending = key.substr(tab + 1);
    const Rule& r = rule_of_id[id];
    if (!ending.empty()) {
      // What the table built so far gives for this ending's parent.
      std::string parent;
      for (size_t k = ending.size() - 1;; --k) {
        auto it = lem.rules_.find(key2(xpos, ending.substr(ending.size() - k)));
        if (it != lem.rules_.end()) {
          parent = rule_id(it->second);
          break;
        }
        if (k == 0) break;
      }
      if (parent == id) continue;
    }
    lem.rules_[key] = r;
  }
  for (const auto& [key, lemmas] : word_lemmas) {
    auto best = std::max_element(lemmas.begin(), lemmas.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    size_t tab = key.find('\t');
    if (lem.rule_lemma(key.substr(0, tab), key.substr(tab + 1)) != best->first)
      lem.exceptions_[key] = best->first;
  }
  return lem;
}

void Lemmatizer::save(const std::filesystem::path& path) const {
  std::ostringstream out;
  out << kHeader << "\n# R xpos ending case(K=as written,L=lowercase) strip append | E form xpos lemma\n";
  std::map<std::string, Rule> rules(rules_.begin(), rules_.end());
  for (const auto& [key, r] : rules)
    out << "R\t" << key << '\t' << (r.lowercase ? 'L' : 'K') << '\t' << r.strip << '\t' << r.append << '\n';
  std::map<std::string, std::string> exceptions(exceptions_.begin(), exceptions_.end());
  for (const auto& [key, lemma] : exceptions) out << "E\t" << key << '\t' << lemma << '\n';
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out.str();
    if (!f) throw ModelError(path.string() + ": cannot write");
  }
  std::filesystem::rename(tmp, path);
}

Lemmatizer Lemmatizer::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path.string() + ": model file not found or unreadable");
  std::string line;
  if (!std::getline(in, line) || line != kHeader)
    throw ModelError(path.string() + ": not a newsgraph lemmatizer file");
  Lemmatizer lem;
  size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split_tabs(line);
    bool ok = false;
    if (f.size() == 6 && f[0] == "R" && (f[3] == "K" || f[3] == "L") && !f[4].empty() &&
        f[4].find_first_not_of("0123456789") == std::string::npos && f[4].size() < 4) {
      Rule r;
      r.lowercase = f[3] == "L";
      r.strip = static_cast<unsigned>(std::stoul(f[4]));
      r.append = f[5];
      lem.rules_[key2(f[1], f[2])] = r;
      ok = true;
    } else if (f.size() == 4 && f[0] == "E") {
      lem.exceptions_[key2(f[1], f[2])] = f[3];
      ok = true;
    }
    if (!ok) throw ModelError(path.string() + ":" + std::to_string(number) + ": corrupt line");
  }
  return lem;
}

}  // namespace newsgraph::nlp
