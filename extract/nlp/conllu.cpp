#include "extract/nlp/conllu.h"

#include <fstream>
#include <istream>
#include <ostream>
#include <stdexcept>

namespace newsgraph::conllu {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::vector<Sentence> read(std::istream& in, const std::string& source) {
  std::vector<Sentence> sentences;
  Sentence current;
  bool open = false;
  std::string line;
  size_t line_number = 0;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(source + ":" + std::to_string(line_number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (open) sentences.push_back(std::move(current));
      current = Sentence();
      open = false;
      continue;
    }
    open = true;
    if (line[0] == '#') {
      current.comments.push_back(line);
      continue;
    }
    std::vector<std::string> f = split_tabs(line);
    if (f.size() != 10) fail("expected 10 tab-separated columns, found " + std::to_string(f.size()));
    if (!all_digits(f[0])) {  // "3-4" or "8.1"
      current.verbatim.push_back({current.words.size(), line});
      continue;
    }
    Word w;
    w.id = std::stoi(f[0]);
    if (w.id != static_cast<int>(current.words.size()) + 1) fail("word IDs are not consecutive");
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    if (f[6] == "_") {
      w.head = -1;
    } else if (all_digits(f[6])) {
      w.head = std::stoi(f[6]);
    } else {
      fail("bad HEAD '" + f[6] + "'");
    }
    w.deprel = f[7];
    w.deps = f[8];
    w.misc = f[9];
    current.words.push_back(std::move(w));
  }
  if (open) sentences.push_back(std::move(current));
  return sentences;
}

std::vector<Sentence> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  return read(in, path);
}

void write(std::ostream& out, const Sentence& s) {
  for (const std::string& c : s.comments) out << c << '\n';
  size_t next_verbatim = 0;
  for (size_t i = 0; i <= s.words.size(); ++i) {
    while (next_verbatim < s.verbatim.size() && s.verbatim[next_verbatim].before_word == i)
      out << s.verbatim[next_verbatim++].text << '\n';
    if (i == s.words.size()) break;
    const Word& w = s.words[i];
    out << w.id << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
        << w.feats << '\t';
    if (w.head < 0) out << '_'; else out << w.head;
    out << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
  }
  while (next_verbatim < s.verbatim.size()) out << s.verbatim[next_verbatim++].text << '\n';
  out << '\n';
}

}  // namespace newsgraph::conllu
